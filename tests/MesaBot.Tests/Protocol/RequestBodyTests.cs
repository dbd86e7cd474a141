using MesaBot.Protocol.Hosting;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace MesaBot.Tests.Protocol;

public sealed class RequestBodyTests
{
    private const int Limit = 1024;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ReadAsync_WithOrWithoutLength_ReturnsTheBytesSent(bool announced)
    {
        var sent = Enumerable.Range(0, 700).Select(i => (byte)i).ToArray();

        var read = await RequestBody.ReadAsync(Request(sent, announced ? sent.Length : null), Limit, CancellationToken.None);

        Assert.Equal(sent, read);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ReadAsync_OverTheLimit_ReturnsNull(bool announced)
    {
        var sent = new byte[Limit + 1];

        Assert.Null(await RequestBody.ReadAsync(Request(sent, announced ? sent.Length : null), Limit, CancellationToken.None));
    }

    [Fact]
    public async Task ReadAsync_BodyShorterThanItsLength_IsTheClientsError()
    {
        var request = Request(new byte[10], announcedLength: 20);

        var error = await Assert.ThrowsAsync<BadHttpRequestException>(() => RequestBody.ReadAsync(request, Limit, CancellationToken.None));

        Assert.Equal(StatusCodes.Status400BadRequest, error.StatusCode);
    }

    [Fact]
    public async Task ReadAsync_EmptyBodyWithoutLength_ReturnsNoBytes()
    {
        var read = await RequestBody.ReadAsync(Request([], announcedLength: null), Limit, CancellationToken.None);

        Assert.NotNull(read);
        Assert.Empty(read);
    }

    private static HttpRequest Request(byte[] body, long? announcedLength)
    {
        var http = new DefaultHttpContext();
        http.Request.Body = new MemoryStream(body);
        http.Request.ContentLength = announcedLength;
        return http.Request;
    }
}
