using MesaBot.Bot.Cards;
using Xunit;

namespace MesaBot.Tests.Bot;

public sealed class ProposalDraftTests
{
    [Fact]
    public void Read_PressedCard_EditsAndTogglesAsSent()
    {
        var data = new Dictionary<string, string>
        {
            ["n"] = "3",
            ["p0.tipo"] = "acuerdo", ["p0.texto"] = " Priorizar la ruta 5 ", ["p0.sel"] = "false",
            ["p1.tipo"] = "tarea", ["p1.texto"] = "Revisar bases", ["p1.responsable"] = "aad-ana", ["p1.fecha"] = "2026-12-04", ["p1.sel"] = "true",
            ["p2.tipo"] = "compromiso", ["p2.texto"] = "Enviar informe", ["p2.socio"] = "CChC", ["p2.fecha"] = "04/12/2026",
        };

        var drafts = ProposalDraft.Read(key => data.GetValueOrDefault(key));

        Assert.Equal(
            [
                new ProposalDraft("acuerdo", "Priorizar la ruta 5", null, null, null, Selected: false),
                new ProposalDraft("tarea", "Revisar bases", "aad-ana", null, new DateOnly(2026, 12, 4)),
                new ProposalDraft("compromiso", "Enviar informe", null, "CChC", null),
            ],
            drafts);
    }

    [Theory]
    [InlineData("999999")]
    [InlineData("-1")]
    [InlineData("tres")]
    public void Read_HostileCount_AtMostACardsWorthAndNoException(string count)
    {
        var drafts = ProposalDraft.Read(key => key == "n" ? count : key.EndsWith(".tipo", StringComparison.Ordinal) ? "tarea" : null);

        Assert.InRange(drafts.Count, 0, ProposalDraft.MaxPerCard);
    }

    [Fact]
    public void Read_UnknownKind_Skipped() =>
        Assert.Empty(ProposalDraft.Read(key => key switch { "n" => "1", "p0.tipo" => "borrar", _ => "x" }));
}
