namespace MesaBot.Extraction;

/// <summary>
/// Reads a mesa's prose (pasted minutes, a chat message, a meeting transcript) and proposes the acuerdos,
/// tareas and compromisos it states. Pure: it never stores anything and never throws on any text, so a
/// tenant's own model can take its place behind this interface later.
/// </summary>
public interface IRecordExtractor
{
    IReadOnlyList<ProposedRecord> Extract(ExtractionInput input);
}
