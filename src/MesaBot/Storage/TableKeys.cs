using System.Text;

namespace MesaBot.Storage;

/// <summary>
/// Makes any id safe as a PartitionKey or RowKey. Azure Tables forbids '/', '\', '#', '?' and control
/// characters in keys; we percent-encode those (and '%' itself, so the mapping is reversible) and keep
/// everything else readable in Storage Explorer.
/// </summary>
public static class TableKeys
{
    public static string Encode(string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        StringBuilder? builder = null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (NeedsEscape(c))
            {
                builder ??= new StringBuilder(value.Length + 8).Append(value, 0, i);
                foreach (var b in Encoding.UTF8.GetBytes(c.ToString()))
                {
                    builder.Append('%').Append(b.ToString("X2"));
                }
            }
            else
            {
                builder?.Append(c);
            }
        }

        return builder?.ToString() ?? value;
    }

    public static string Decode(string key) => Uri.UnescapeDataString(key);

    private static bool NeedsEscape(char c) =>
        c is '/' or '\\' or '#' or '?' or '%' || char.IsControl(c);
}
