using System.Globalization;
using System.Text;

namespace MesaBot.Documents;

/// <summary>File names that survive every place a document goes (a Teams folder, a download, a zip): no accents, no spaces, no separators.</summary>
public static class DocumentFileNames
{
    public static string Safe(string name)
    {
        var plain = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            plain.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_');
        }

        return plain.ToString();
    }

    /// <summary>"Acta RES sesión 7.docx" → "Acta_RES_sesion_7.docx": the name made safe, its extension kept.</summary>
    public static string SafeFileName(string fileName)
    {
        var extension = Path.GetExtension(fileName);
        return Safe(Path.GetFileNameWithoutExtension(fileName)) + (extension.Length > 0 ? "." + Safe(extension[1..]) : string.Empty);
    }
}
