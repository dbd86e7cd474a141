using System.IO.Compression;

namespace MesaBot.Documents;

/// <summary>
/// Rewrites an Office package (a zip) so that the same parts always give the same bytes: System.IO.Packaging
/// stamps every entry with the time it was written, and an approved acta is identified by its hash.
/// Entries keep their order and content; only the timestamp is fixed.
/// </summary>
public static class DeterministicPackage
{
    // The earliest time a zip entry can hold is 1980; any fixed value would do.
    private static readonly DateTimeOffset EntryTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Normalize(byte[] package)
    {
        using var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = EntryTime;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }
}
