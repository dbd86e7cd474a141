using System.Net;
using MesaBot.Documents;
using MesaBot.Documents.Acta;
using MesaBot.TestData;

namespace MesaBot.IntegrationTests.Graph;

/// <summary>A document asked for in a channel goes to the channel's Files folder through Graph (the fake one).</summary>
public sealed class GraphChannelFilesTests(GraphHostFixture fixture) : IClassFixture<GraphHostFixture>
{
    private const string TeamId = "19a1b2c3-team";
    private const string ChannelId = "19:general@thread.tacv2";

    [Fact]
    public async Task Deliver_InAChannel_UploadsToItsFilesFolderAndLinksTheWebUrl()
    {
        var file = fixture.Get<IActaDocumentBuilder>().Build(ActaSamples.Full());

        var delivered = await fixture.Get<IDocumentDelivery>().DeliverAsync(file, new DocumentPlace("tenant-a", "resiliencia", TeamId, ChannelId), CancellationToken.None);

        Assert.Equal(FakeGraph.WebUrlOf(TeamId, "Acta_RES_sesion_07.docx"), delivered.Link.AbsoluteUri);
        var uploaded = fixture.Graph.Uploads[$"{FakeGraph.DriveOf(TeamId)}/{FakeGraph.FolderOf(ChannelId)}/Acta_RES_sesion_07.docx"];
        Assert.Equal(file.Content, uploaded);
        Assert.Equal(1, fixture.Graph.CountCalls("GET", $"/teams/{TeamId}/channels/{ChannelId}/filesFolder"));
        var put = fixture.Graph.Calls.Single(c => c.Method == "PUT");
        Assert.Equal("Bearer " + GraphHostFixture.GraphToken, put.Authorization);
    }

    [Fact]
    public async Task Deliver_UploadForbidden_FallsBackToASignedLinkThatOpens()
    {
        fixture.Graph.FilesPermission = false;
        try
        {
            var file = fixture.Get<IActaDocumentBuilder>().Build(ActaSamples.Full() with { SessionNumber = 12 });

            var delivered = await fixture.Get<IDocumentDelivery>().DeliverAsync(file, new DocumentPlace("tenant-a", "resiliencia", TeamId, ChannelId), CancellationToken.None);

            Assert.StartsWith("http://localhost/documents/", delivered.Link.AbsoluteUri);
            using var client = fixture.Host.CreateClient();
            using var response = await client.GetAsync(delivered.Link.PathAndQuery);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(file.Content, await response.Content.ReadAsByteArrayAsync());
        }
        finally
        {
            fixture.Graph.FilesPermission = true;
        }
    }

    [Fact]
    public async Task Deliver_InAPersonalChat_NoGraphCallAndASignedLink()
    {
        var file = fixture.Get<IActaDocumentBuilder>().Build(ActaSamples.Full() with { SessionNumber = 13 });
        var before = fixture.Graph.Calls.Count;

        var delivered = await fixture.Get<IDocumentDelivery>().DeliverAsync(file, new DocumentPlace("tenant-a", "resiliencia"), CancellationToken.None);

        Assert.StartsWith("http://localhost/documents/", delivered.Link.AbsoluteUri);
        Assert.Equal(before, fixture.Graph.Calls.Count);
    }
}
