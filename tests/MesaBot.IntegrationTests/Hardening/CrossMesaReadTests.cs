using System.Text.RegularExpressions;
using MesaBot.IntegrationTests.Infrastructure;

namespace MesaBot.IntegrationTests.Hardening;

/// <summary>
/// Issue 13, finding 1: crafted card actions and typed ids must show nothing of a mesa to someone who
/// may not see it (another mesa's channel, a personal chat), answering as for a record that does not exist.
/// </summary>
public sealed partial class CrossMesaReadTests(BotHostFixture fixture) : IClassFixture<BotHostFixture>
{
    private const string Secret = "SECRETO de la mesa Alfa";

    private RosterMember Ana => fixture.BotFramework.Members[0];
    private RosterMember Luis => fixture.BotFramework.Members[1];
    private RosterMember Francisca => fixture.BotFramework.Members[2];

    [Theory]
    [InlineData("item.ver")]
    [InlineData("item.cumplida")]
    [InlineData("item.posponer")]
    public async Task ItemVerb_FromOtherPersonsPersonalChat_ShowsNothingOfTheMesa(string verb)
    {
        var (alfa, code) = await AlfaWithSecretTaskAsync();
        var luisAlone = new TeamsConversation(fixture, "personal", alfa.TenantId) { Speaker = Luis };

        var reply = await luisAlone.PressAsync(verb, new Dictionary<string, string> { ["mesa"] = "alfa", ["ref"] = "T-1", ["version"] = "1", ["dias"] = "7" });

        AssertShowsNothingOfAlfa(reply.CardText);
        (await alfa.SendAsync("pendientes")).AssertContains(Secret);
    }

    [Theory]
    [InlineData("pendientes")]
    [InlineData("vencidas")]
    [InlineData("acuerdos")]
    [InlineData("persona:aad-ana")]
    [InlineData("socio:CChC")]
    public async Task ListaMas_FromAnotherMesasChannel_ShowsNothingOfTheMesa(string query)
    {
        var (alfa, code) = await AlfaWithSecretTaskAsync();
        var beta = new TeamsConversation(fixture, "channel", alfa.TenantId) { Speaker = Luis };
        await beta.SendAsync("vincular Beta");

        var reply = await beta.PressAsync("lista.mas", new Dictionary<string, string> { ["mesa"] = "alfa", ["consulta"] = query, ["pagina"] = "1" });

        AssertShowsNothingOfAlfa(reply.CardText);
    }

    [Fact]
    public async Task ItemVer_FromAnotherMesasChannel_ShowsNothingOfTheMesa()
    {
        var (alfa, code) = await AlfaWithSecretTaskAsync();
        var beta = new TeamsConversation(fixture, "channel", alfa.TenantId) { Speaker = Luis };
        await beta.SendAsync("vincular Beta");

        var reply = await beta.PressAsync("item.ver", new Dictionary<string, string> { ["mesa"] = "alfa", ["ref"] = "T-1" });

        AssertShowsNothingOfAlfa(reply.CardText);
    }

    [Fact]
    public async Task TypedQualifiedId_FromNonMember_AnswersAsUnknown()
    {
        var (alfa, code) = await AlfaWithSecretTaskAsync();
        var luisAlone = new TeamsConversation(fixture, "personal", alfa.TenantId) { Speaker = Luis };

        var reply = await luisAlone.SendAsync($"cumplida {code}-T-1");

        AssertShowsNothingOfAlfa(reply.AllText);
        Assert.Contains(code, reply.AllText);
    }

    [Fact]
    public async Task ItemVer_OwnItemFromOwnPersonalChat_ShowsIt()
    {
        var (alfa, code) = await AlfaWithSecretTaskAsync();
        var anaAlone = new TeamsConversation(fixture, "personal", alfa.TenantId) { Speaker = Ana };

        var reply = await anaAlone.PressAsync("item.ver", new Dictionary<string, string> { ["mesa"] = "alfa", ["ref"] = "T-1" });

        Assert.Contains(Secret, reply.CardText);
    }

    [Theory]
    [InlineData("pendientes")]
    [InlineData("acuerdos")]
    public async Task ListaMas_FromMembersPersonalChat_ShowsTheList(string query)
    {
        // A member of the mesa's channel may read its lists from the personal chat (issue 13's rule).
        var (alfa, _) = await AlfaWithSecretTaskAsync();
        await alfa.SendAsync($"acuerdo {Secret} (acuerdo)");
        var franciscaAlone = new TeamsConversation(fixture, "personal", alfa.TenantId) { Speaker = Francisca };

        var reply = await franciscaAlone.PressAsync("lista.mas", new Dictionary<string, string> { ["mesa"] = "alfa", ["consulta"] = query, ["pagina"] = "1" });

        Assert.Contains(Secret, reply.CardText);
    }

    [Theory]
    [InlineData("pendientes")]
    [InlineData("acuerdos")]
    public async Task ListaMas_FromNonMembersPersonalChat_ShowsNothingOfTheMesa(string query)
    {
        var (alfa, _) = await AlfaWithSecretTaskAsync();
        var luisAlone = new TeamsConversation(fixture, "personal", alfa.TenantId) { Speaker = Luis };

        var reply = await luisAlone.PressAsync("lista.mas", new Dictionary<string, string> { ["mesa"] = "alfa", ["consulta"] = query, ["pagina"] = "1" });

        AssertShowsNothingOfAlfa(reply.CardText);
    }

    [Fact]
    public async Task ItemVer_MembersPersonalChat_ShowsAnotherMembersItem()
    {
        var (alfa, _) = await AlfaWithSecretTaskAsync();
        var franciscaAlone = new TeamsConversation(fixture, "personal", alfa.TenantId) { Speaker = Francisca };

        var reply = await franciscaAlone.PressAsync("item.ver", new Dictionary<string, string> { ["mesa"] = "alfa", ["ref"] = "T-1" });

        Assert.Contains(Secret, reply.CardText);
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("alfa/../beta")]
    [InlineData("ALFA")]
    [InlineData("")]
    public async Task ItemVer_MesaIdNotAnId_StaleWithoutStorage(string mesaId)
    {
        var (alfa, _) = await AlfaWithSecretTaskAsync();
        var anaAlone = new TeamsConversation(fixture, "personal", alfa.TenantId) { Speaker = Ana };

        var reply = await anaAlone.PressAsync("item.ver", new Dictionary<string, string> { ["mesa"] = mesaId, ["ref"] = "T-1" });

        Assert.Equal(System.Net.HttpStatusCode.OK, reply.Status);
        AssertShowsNothingOfAlfa(reply.CardText);
    }

    private static void AssertShowsNothingOfAlfa(string text)
    {
        Assert.DoesNotContain(Secret, text);
        Assert.DoesNotContain("Ana Pérez", text);
        Assert.DoesNotContain("T-1", text);
    }

    // Mesa ids are slugs of their names, so "alfa" is easy to guess: that is the attack. Alfa's channel
    // has Ana and Francisca in it; Luis is in the tenant (and in Beta), not in Alfa.
    private async Task<(TeamsConversation Alfa, string Code)> AlfaWithSecretTaskAsync()
    {
        var alfa = new TeamsConversation(fixture) { Speaker = Ana };
        fixture.BotFramework.MembersOf[alfa.ConversationId] = [Ana, Francisca];
        var linked = await alfa.SendAsync("vincular Alfa");
        var code = MesaCode().Match(linked.AllText).Groups[1].Value;
        (await alfa.SendAsync($"tarea {Secret} @Ana Pérez para el 15/12")).AssertContains("T-1");
        return (alfa, code);
    }

    [GeneratedRegex(@"\*\*Alfa\*\* \(([A-Z0-9]+)\)")]
    private static partial Regex MesaCode();
}
