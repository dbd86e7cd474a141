using System.Buffers;

namespace MesaBot.Protocol.Hosting;

/// <summary>Reads a request body up to a limit, whether or not the client announced its length.</summary>
internal static class RequestBody
{
    /// <returns>The bytes, or null when the body is larger than <paramref name="maxBytes"/>.</returns>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        // Teams announces the length: read into an array of exactly that size, with no copy (a 16 KiB chunk
        // zeroed per turn showed in the 50-sender profile). The server ends the body at that length.
        if (request.ContentLength is { } length)
        {
            var body = new byte[length];
            try
            {
                await request.Body.ReadExactlyAsync(body, cancellationToken);
            }
            catch (EndOfStreamException)
            {
                throw new BadHttpRequestException("The body ended before its Content-Length.", StatusCodes.Status400BadRequest);
            }

            return body;
        }

        return await ReadChunkedAsync(request.Body, maxBytes, cancellationToken);
    }

    private static async Task<byte[]?> ReadChunkedAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }
}
