using MesaBot.Graph;

namespace MesaBot.IntegrationTests.Graph;

/// <summary>People resolved through the host's Graph wiring against the fake Graph.</summary>
public sealed class GraphPeopleTests(GraphHostFixture fixture) : IClassFixture<GraphHostFixture>
{
    private IPeopleDirectory People => fixture.Get<IPeopleDirectory>();

    [Fact]
    public async Task FromObjectId_MemberOfTenant_ReturnsNameMailAndSendsBearer()
    {
        var ana = fixture.NewMember("Ana Pérez");

        var result = await People.FromObjectIdAsync(ana.Id, CancellationToken.None);

        Assert.True(result.Found);
        Assert.Equal(ana.Id, result.Person.Person.ObjectId);
        Assert.Equal("Ana Pérez", result.Person.Person.Name);
        Assert.Equal(ana.Mail, result.Person.Mail);
        var call = fixture.Graph.Calls.Single(c => c.Path == $"/v1.0/users/{ana.Id}");
        Assert.Equal("Bearer " + GraphHostFixture.GraphToken, call.Authorization);
        Assert.Contains("userType", Uri.UnescapeDataString(call.Query));
    }

    [Fact]
    public async Task FromAddress_Upn_ReturnsPerson()
    {
        var bruno = fixture.NewMember("Bruno Soto");

        var result = await People.FromAddressAsync(bruno.UserPrincipalName.ToUpperInvariant(), CancellationToken.None);

        Assert.True(result.Found);
        Assert.Equal(bruno.Id, result.Person.Person.ObjectId);
        Assert.Equal(bruno.UserPrincipalName, result.Person.UserPrincipalName);
    }

    [Fact]
    public async Task FromAddress_MailThatIsNotTheUpn_FoundByMailFilter()
    {
        var id = Guid.NewGuid().ToString();
        var mail = $"carolina.{id[..6]}@mop.gob.cl";
        fixture.Graph.AddUser(id, "Carolina Muñoz", mail, $"cmunoz{id[..6]}@{FakeGraph.Tenant}");

        var result = await People.FromAddressAsync(mail, CancellationToken.None);

        Assert.True(result.Found);
        Assert.Equal(id, result.Person.Person.ObjectId);
        Assert.Equal(1, fixture.Graph.CountCalls("GET", "/v1.0/users/" + mail));
        Assert.Contains(fixture.Graph.Calls, c => c.Path == "/v1.0/users" && Uri.UnescapeDataString(c.Query).Contains($"mail eq '{mail}'"));
    }

    [Fact]
    public async Task FromAddress_NobodyHasIt_NotFoundInSpanishNothingThrown()
    {
        var result = await People.FromAddressAsync("nadie.existe@mop.gob.cl", CancellationToken.None);

        Assert.False(result.Found);
        Assert.Equal(PersonLookupFailure.NotFound, result.Failure);
        Assert.Contains("No encontré a «nadie.existe@mop.gob.cl»", result.Message);
    }

    [Fact]
    public async Task FromObjectId_Unknown_NotFound()
    {
        var result = await People.FromObjectIdAsync(Guid.NewGuid().ToString(), CancellationToken.None);

        Assert.Equal(PersonLookupFailure.NotFound, result.Failure);
    }

    [Fact]
    public async Task FromAddress_GuestUser_OutsideTenantWithNothingCached()
    {
        var id = Guid.NewGuid().ToString();
        var mail = $"crojas{id[..6]}@cchc.cl";
        fixture.Graph.AddUser(id, "Carla Rojas (CChC)", mail, $"crojas{id[..6]}_cchc.cl#EXT#@{FakeGraph.Tenant}", "Guest");

        var byMail = await People.FromAddressAsync(mail, CancellationToken.None);
        var byId = await People.FromObjectIdAsync(id, CancellationToken.None);

        Assert.Equal(PersonLookupFailure.OutsideTenant, byMail.Failure);
        Assert.Equal(PersonLookupFailure.OutsideTenant, byId.Failure);
        Assert.Contains("externa al ministerio", byMail.Message);
        Assert.Equal(1, fixture.Graph.CountCalls("GET", "/v1.0/users/" + id));
    }

    [Fact]
    public async Task FromObjectId_AskedTwice_SecondServedFromCache()
    {
        var ana = fixture.NewMember();

        await People.FromObjectIdAsync(ana.Id, CancellationToken.None);
        var again = await People.FromObjectIdAsync(ana.Id, CancellationToken.None);
        var byMail = await People.FromAddressAsync(ana.Mail!, CancellationToken.None);

        Assert.True(again.Found);
        Assert.True(byMail.Found);
        Assert.Equal(1, fixture.Graph.Calls.Count(c => c.Path.Contains(ana.Id) || c.Path.Contains(ana.Mail!)));
    }

    [Fact]
    public async Task FromMention_RosterGivesObjectId_GraphGivesMail()
    {
        // The fake connector's roster holds 29:user-ana with objectId "aad-ana".
        fixture.Graph.AddUser("aad-ana", "Ana Pérez", "ana.perez@mop.gob.cl", "ana.perez@mop.gob.cl");
        var mention = new TeamsMention("29:user-ana", "Ana", RosterOf("19:mesa-mencion@thread.tacv2"), "19:mesa-mencion@thread.tacv2");

        var result = await People.FromMentionAsync(mention, CancellationToken.None);

        Assert.True(result.Found);
        Assert.Equal(new MesaBot.Records.Person("aad-ana", "Ana Pérez", "29:user-ana"), result.Person.Person);
        Assert.Equal("ana.perez@mop.gob.cl", result.Person.Mail);
        Assert.Contains(fixture.BotFramework.Calls, c => c.Method == "GET" && c.Path.EndsWith("/19:mesa-mencion@thread.tacv2/members"));
    }

    [Fact]
    public async Task FromObjectId_ThrottledWithRetryAfter_RetriedAndFound()
    {
        var ana = fixture.NewMember();
        fixture.Graph.ScriptedFailures.Enqueue((429, "1"));

        var result = await People.FromObjectIdAsync(ana.Id, CancellationToken.None);

        Assert.True(result.Found);
        Assert.Equal(2, fixture.Graph.CountCalls("GET", "/v1.0/users/" + ana.Id));
    }

    [Fact]
    public async Task FromObjectId_GraphDownThroughEveryRetry_UnavailableNotThrown()
    {
        var ana = fixture.NewMember();
        for (var i = 0; i < 4; i++)
        {
            fixture.Graph.ScriptedFailures.Enqueue((503, null));
        }

        var result = await People.FromObjectIdAsync(ana.Id, CancellationToken.None);

        Assert.Equal(PersonLookupFailure.DirectoryUnavailable, result.Failure);
        Assert.Contains("Inténtalo de nuevo", result.Message);
        Assert.Equal(4, fixture.Graph.CountCalls("GET", "/v1.0/users/" + ana.Id));
    }

    // The turn hands the directory its conversation's roster; here it is read from the fake Connector.
    private Func<CancellationToken, Task<IReadOnlyList<MesaBot.Protocol.ChannelAccount>>> RosterOf(string conversationId) =>
        ct => fixture.Host.Services.GetRequiredService<MesaBot.Protocol.Connector.IConnectorClient>().GetMembersAsync(fixture.BotFramework.ServiceUrl, conversationId, ct);
}
