using System.Net;
using System.Text.Json;
using MesaBot.Graph;
using MesaBot.Protocol;
using MesaBot.Protocol.Connector;
using MesaBot.Records;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace MesaBot.Tests.Graph;

public sealed class PeopleDirectoryTests
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/amer/";
    private const string Conversation = "19:mesa@thread.tacv2";
    private const string AnaId = "6e7b8f4a-1c2d-4e5f-8a9b-0c1d2e3f4a5b";

    private readonly Mock<IConnectorClient> _connector = new();
    private readonly Mock<IGraphUsers> _users = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
    private readonly PeopleDirectory _people;

    public PeopleDirectoryTests() =>
        _people = new PeopleDirectory(_users.Object, new PersonCache(_time, new GraphOptions { CacheMinutes = 60 }),
            NullLogger<PeopleDirectory>.Instance);

    private static GraphUser Ana => new(AnaId, "Ana Pérez", "ana.perez@mop.gob.cl", "ana.perez@mop.gob.cl", "Member");

    [Fact]
    public async Task FromMention_InRoster_AsksGraphByTheRosterObjectId()
    {
        Roster(Member("29:ana", AnaId, "Ana P."));
        _users.Setup(u => u.FindAsync(AnaId, It.IsAny<CancellationToken>())).ReturnsAsync(GraphUserResult.Found(Ana));

        var result = await _people.FromMentionAsync(Mention("29:ana"), CancellationToken.None);

        Assert.True(result.Found);
        Assert.Equal(new Person(AnaId, "Ana Pérez", "29:ana"), result.Person.Person);
        Assert.Equal("ana.perez@mop.gob.cl", result.Person.Mail);
    }

    [Fact]
    public async Task FromMention_NotInRoster_NotFoundAndGraphNeverAsked()
    {
        Roster(Member("29:otro", AnaId, "Otra persona"));

        var result = await _people.FromMentionAsync(Mention("29:ana", "Ana"), CancellationToken.None);

        Assert.Equal(PersonLookupFailure.NotFound, result.Failure);
        Assert.Contains("«Ana» entre los miembros de esta conversación", result.Message);
        _users.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task FromMention_RosterSaysGuest_OutsideTenantAndGraphNeverAsked()
    {
        Roster(Member("29:carla", "guest-oid", "Carla Rojas", ("userRole", "guest")));

        var result = await _people.FromMentionAsync(Mention("29:carla"), CancellationToken.None);

        Assert.Equal(PersonLookupFailure.OutsideTenant, result.Failure);
        Assert.Contains("Carla Rojas", result.Message);
        _users.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task FromMention_MemberOfAnotherTenant_OutsideTenant()
    {
        Roster(Member("29:ext", "ext-oid", "Externo", ("tenantId", "otro-tenant")));

        var result = await _people.FromMentionAsync(Mention("29:ext") with { TenantId = "mop-tenant" }, CancellationToken.None);

        Assert.Equal(PersonLookupFailure.OutsideTenant, result.Failure);
    }

    [Theory]
    [InlineData(GraphUserStatus.NotConfigured)]
    [InlineData(GraphUserStatus.Failed)]
    public async Task FromMention_GraphOffOrFailing_FallsBackToRosterFacts(GraphUserStatus status)
    {
        Roster(Member("29:ana", AnaId, "Ana Pérez", ("email", "ana.perez@mop.gob.cl"), ("userPrincipalName", "ana.perez@mop.gob.cl")));
        _users.Setup(u => u.FindAsync(AnaId, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new GraphUserResult(status, Failure: new GraphFailure(503, "ServiceNotAvailable", "down")));

        var result = await _people.FromMentionAsync(Mention("29:ana"), CancellationToken.None);

        Assert.True(result.Found);
        Assert.Equal(new Person(AnaId, "Ana Pérez", "29:ana"), result.Person.Person);
        Assert.Equal("ana.perez@mop.gob.cl", result.Person.Mail);
    }

    [Fact]
    public async Task FromMention_GraphSaysNoSuchUser_NotFound()
    {
        Roster(Member("29:ana", AnaId, "Ana Pérez"));
        _users.Setup(u => u.FindAsync(AnaId, It.IsAny<CancellationToken>())).ReturnsAsync(GraphUserResult.NotFound);

        var result = await _people.FromMentionAsync(Mention("29:ana"), CancellationToken.None);

        Assert.Equal(PersonLookupFailure.NotFound, result.Failure);
    }

    [Fact]
    public async Task FromMention_RosterCallFails_UnavailableInsteadOfException()
    {
        _connector.Setup(c => c.GetMembersAsync(ServiceUrl, Conversation, It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ConnectorException(HttpStatusCode.BadGateway, null, "GET members answered 502"));

        var result = await _people.FromMentionAsync(Mention("29:ana"), CancellationToken.None);

        Assert.Equal(PersonLookupFailure.DirectoryUnavailable, result.Failure);
        Assert.Contains("Inténtalo de nuevo", result.Message);
    }

    [Fact]
    public async Task FromMention_SecondMentionWithinCacheTime_NoRosterOrGraphCall()
    {
        Roster(Member("29:ana", AnaId, "Ana Pérez"));
        _users.Setup(u => u.FindAsync(AnaId, It.IsAny<CancellationToken>())).ReturnsAsync(GraphUserResult.Found(Ana));

        await _people.FromMentionAsync(Mention("29:ana"), CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(59));
        var again = await _people.FromMentionAsync(Mention("29:ana"), CancellationToken.None);

        Assert.True(again.Found);
        _connector.Verify(c => c.GetMembersAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Once);
        _users.Verify(u => u.FindAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task FromAddress_AfterCacheExpiry_AsksGraphAgain()
    {
        _users.Setup(u => u.FindAsync("ana.perez@mop.gob.cl", It.IsAny<CancellationToken>())).ReturnsAsync(GraphUserResult.Found(Ana));

        await _people.FromAddressAsync("ana.perez@mop.gob.cl", CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(61));
        await _people.FromAddressAsync("ana.perez@mop.gob.cl", CancellationToken.None);

        _users.Verify(u => u.FindAsync("ana.perez@mop.gob.cl", It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    public async Task FromAddress_AfterMention_KeepsTheTeamsIdTheMentionTaught()
    {
        Roster(Member("29:ana", AnaId, "Ana Pérez"));
        _users.Setup(u => u.FindAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(GraphUserResult.Found(Ana));

        await _people.FromMentionAsync(Mention("29:ana"), CancellationToken.None);
        var byMail = await _people.FromAddressAsync("Ana.Perez@MOP.gob.cl", CancellationToken.None);

        Assert.Equal("29:ana", byMail.Person!.Person.TeamsUserId);
        _users.Verify(u => u.FindAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Theory]
    [InlineData("mailto:Ana.Perez@MOP.gob.cl")]
    [InlineData(" <ana.perez@mop.gob.cl> ")]
    public async Task FromAddress_DecoratedOrMixedCase_AsksGraphForTheBareLowercaseAddress(string typed)
    {
        _users.Setup(u => u.FindAsync("ana.perez@mop.gob.cl", It.IsAny<CancellationToken>())).ReturnsAsync(GraphUserResult.Found(Ana));

        var result = await _people.FromAddressAsync(typed, CancellationToken.None);

        Assert.True(result.Found);
    }

    [Theory]
    [InlineData("ana.perez")]
    [InlineData("ana perez@mop.gob.cl")]
    [InlineData("@mop.gob.cl")]
    [InlineData("")]
    public async Task FromAddress_NotAnAddress_InvalidInputAndGraphNeverAsked(string typed)
    {
        var result = await _people.FromAddressAsync(typed, CancellationToken.None);

        Assert.Equal(PersonLookupFailure.InvalidInput, result.Failure);
        Assert.Contains("no parece un correo", result.Message);
        _users.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task FromAddress_GraphReturnsGuest_OutsideTenant()
    {
        _users.Setup(u => u.FindAsync("crojas@cchc.cl", It.IsAny<CancellationToken>())).ReturnsAsync(GraphUserResult.Found(
            new GraphUser("guest-oid", "Carla Rojas", "crojas@cchc.cl", "crojas_cchc.cl#EXT#@mop.onmicrosoft.com", UserType: null)));

        var result = await _people.FromAddressAsync("crojas@cchc.cl", CancellationToken.None);

        Assert.Equal(PersonLookupFailure.OutsideTenant, result.Failure);
    }

    [Fact]
    public async Task FromAddress_GraphOff_NotConfiguredSuggestsMention()
    {
        _users.Setup(u => u.FindAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(GraphUserResult.NotConfigured);

        var result = await _people.FromAddressAsync("ana.perez@mop.gob.cl", CancellationToken.None);

        Assert.Equal(PersonLookupFailure.NotConfigured, result.Failure);
        Assert.Contains("Menciona a la persona con @", result.Message);
    }

    [Fact]
    public async Task FromObjectId_NotAGuid_InvalidInputAndGraphNeverAsked()
    {
        var result = await _people.FromObjectIdAsync("29:ana", CancellationToken.None);

        Assert.Equal(PersonLookupFailure.InvalidInput, result.Failure);
        _users.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task FromObjectId_UppercaseGuid_AskedInCanonicalForm()
    {
        _users.Setup(u => u.FindAsync(AnaId, It.IsAny<CancellationToken>())).ReturnsAsync(GraphUserResult.Found(Ana));

        var result = await _people.FromObjectIdAsync(AnaId.ToUpperInvariant(), CancellationToken.None);

        Assert.Equal(AnaId, result.Person!.Person.ObjectId);
    }

    // The turn hands the directory its roster; here the roster is the mocked Connector's.
    private TeamsMention Mention(string teamsId, string? name = null) =>
        new(teamsId, name, ct => _connector.Object.GetMembersAsync(ServiceUrl, Conversation, ct), Conversation);

    private void Roster(params ChannelAccount[] members) =>
        _connector.Setup(c => c.GetMembersAsync(ServiceUrl, Conversation, It.IsAny<CancellationToken>())).ReturnsAsync(members);

    private static ChannelAccount Member(string id, string objectId, string name, params (string Key, string Value)[] teamsFields) => new()
    {
        Id = id,
        AadObjectId = objectId,
        Name = name,
        ExtensionData = teamsFields.ToDictionary(f => f.Key, f => JsonSerializer.SerializeToElement(f.Value)),
    };
}
