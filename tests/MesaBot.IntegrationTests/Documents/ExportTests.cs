using System.Net;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MesaBot.IntegrationTests.Infrastructure;

namespace MesaBot.IntegrationTests.Documents;

/// <summary>«exportar» in a mesa's channel: the coordination gets a workbook of the mesa's records, and nothing of another mesa.</summary>
public sealed partial class ExportTests(BotHostFixture fixture) : IClassFixture<BotHostFixture>
{
    private RosterMember Ana => fixture.BotFramework.Members[0];
    private RosterMember Luis => fixture.BotFramework.Members[1];
    private RosterMember Francisca => fixture.BotFramework.Members[2];

    [Fact]
    public async Task Exportar_Coordinator_WorkbookHoldsTheMesasRecordsAndNoneOfAnother()
    {
        var (alfa, beta) = await TwoMesasAsync();

        var reply = await alfa.SendAsync("exportar");

        reply.AssertContains("Registros de Alfa").AssertContains("Descargar planilla").AssertContains("El enlace vence en 7 días");
        var sheets = await DownloadAsync(reply);
        Assert.Equal(["Acuerdos", "Tareas", "Compromisos"], sheets.Keys);
        Assert.Contains(sheets["Acuerdos"], row => row.Contains("Alfa aprueba el plan de invierno"));
        Assert.Contains(sheets["Tareas"], row => row.Contains("revisar las bases de Alfa") && row.Contains(Luis.Name));
        Assert.DoesNotContain("Beta", string.Join("\n", sheets.Values.SelectMany(rows => rows.SelectMany(r => r))));
    }

    [Fact]
    public async Task Exportar_MemberWhoIsNotCoordinator_RefusedAndNoLink()
    {
        var (alfa, _) = await TwoMesasAsync();
        alfa.Speaker = Francisca;

        var reply = await alfa.SendAsync("exportar");

        reply.AssertContains("Solo la coordinación de **Alfa** puede hacer esto");
        Assert.DoesNotMatch(LinkPattern(), reply.AllText);
    }

    [Fact]
    public async Task ExportarTodo_InAMesa_SaysItIsForTheCommittee()
    {
        var (alfa, _) = await TwoMesasAsync();

        var reply = await alfa.SendAsync("exportar todo");

        reply.AssertContains("«exportar todo» es solo para el comité");
        Assert.DoesNotMatch(LinkPattern(), reply.AllText);
    }

    [Fact]
    public async Task ExportarTodo_InTheCommittee_EveryMesaWithAMesaColumn()
    {
        var (alfa, _) = await TwoMesasAsync();
        var committee = new TeamsConversation(fixture, "channel", alfa.TenantId) { Speaker = Ana };
        await committee.SendAsync("vincular comité");

        var reply = await committee.SendAsync("exportar todo");

        reply.AssertContains("Registros de todas las mesas");
        var agreements = (await DownloadAsync(reply))["Acuerdos"];
        Assert.Equal("Mesa", agreements[0][0]);
        Assert.Contains(agreements, row => row.Contains("Alfa aprueba el plan de invierno"));
        Assert.Contains(agreements, row => row.Contains("Beta decide otra cosa"));
    }

    private async Task<(TeamsConversation Alfa, TeamsConversation Beta)> TwoMesasAsync()
    {
        var alfa = new TeamsConversation(fixture) { Speaker = Ana };
        await alfa.SendAsync("vincular Alfa");
        await alfa.SendAsync("acuerdo Alfa aprueba el plan de invierno");
        await alfa.SendAsync($"tarea revisar las bases de Alfa @{Luis.Name} para el 15/12");
        var beta = new TeamsConversation(fixture, "channel", alfa.TenantId) { Speaker = Luis };
        await beta.SendAsync("vincular Beta");
        await beta.SendAsync("acuerdo Beta decide otra cosa");
        return (alfa, beta);
    }

    private async Task<Dictionary<string, List<List<string>>>> DownloadAsync(Reply reply)
    {
        var link = new Uri(LinkPattern().Match(reply.AllText).Value);
        using var browser = fixture.Host.CreateClient();
        using var response = await browser.GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), isEditable: false);
        var book = document.WorkbookPart!;
        return book.Workbook.Sheets!.Elements<Sheet>().ToDictionary(
            s => s.Name!.Value!,
            s => ((WorksheetPart)book.GetPartById(s.Id!)).Worksheet.Descendants<Row>()
                .Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList()).ToList());
    }

    [GeneratedRegex(@"http://localhost/documents/\S+")]
    private static partial Regex LinkPattern();
}
