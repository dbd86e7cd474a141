namespace MesaBot.Documents;

/// <summary>Lays an acta out as a Word document (.docx). Pure: the same content gives the same bytes.</summary>
public interface IActaDocumentBuilder
{
    DocumentFile Build(ActaContent acta);
}
