using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using MesaBot.Cards;
using MesaBot.Documents;
using MesaBot.IntegrationTests.Infrastructure;
using MesaBot.Records.Sessions;
using MesaBot.Records.Stores;

namespace MesaBot.IntegrationTests.Sessions;

/// <summary>
/// The session's acta through the real Documents part (no doubles): the Word file built, stored as an immutable
/// blob on Azurite and downloaded through the host's signed link, as a coordinator gets it from the card.
/// </summary>
public sealed partial class ActaWordTests(BotHostFixture fixture) : IClassFixture<BotHostFixture>
{
    [Fact]
    public async Task ApproveAnActa_DownloadedWordFileHashesToTheAuditLineValidatesAndHoldsTheRecords()
    {
        var chat = new TeamsConversation(fixture);
        await chat.SendAsync("vincular Actas en Word");
        await chat.SendAsync("abrir sesión Sesión ordinaria");
        await chat.SendAsync("acuerdo Se aprueba la hoja de ruta BIM");
        await chat.SendAsync("tarea revisar bases técnicas @Luis Soto en 10 días hábiles");
        await chat.SendAsync("compromiso CChC: enviar indicadores en 15 días");
        var draft = await chat.SendAsync("cerrar sesión");

        var approved = await chat.PressAsync(CardVerbs.ApproveActa, draft.ButtonData(CardVerbs.ApproveActa));
        using var browser = fixture.Host.CreateClient();
        var bytes = await browser.GetByteArrayAsync(DownloadLink(approved.CardText).PathAndQuery);

        var mesa = (await fixture.Host.Services.GetRequiredService<MesaStore>().FindByConversationAsync(chat.TenantId, chat.ConversationId, CancellationToken.None))!;
        var session = (await fixture.Host.Services.GetRequiredService<SessionStore>().GetAsync(mesa, 1, CancellationToken.None))!;
        var hash = new DocumentFile("acta.docx", DocumentFile.WordContentType, bytes).Sha256;
        Assert.Equal(session.CurrentApproval!.Document.Sha256, hash);
        Assert.Contains(hash, approved.CardText);
        var audit = await fixture.Host.Services.GetRequiredService<AuditLog>().SessionHistoryAsync(mesa, 1, CancellationToken.None);
        Assert.Contains(audit, line => line.NewValue == hash);

        using var word = WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);
        Assert.Empty(new OpenXmlValidator().Validate(word));
        var text = word.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("Se aprueba la hoja de ruta BIM", text);
        Assert.Contains("revisar bases técnicas", text);
        Assert.Contains("enviar indicadores", text);
        Assert.Contains("Luis Soto", text);
        Assert.DoesNotContain("BORRADOR", string.Concat(word.MainDocumentPart.HeaderParts.Select(h => h.Header.InnerText)));
    }

    private static Uri DownloadLink(string cardText) =>
        new(DocumentLink().Match(cardText) is { Success: true } m ? m.Value : throw new Xunit.Sdk.XunitException("No download link in:\n" + cardText));

    [GeneratedRegex(@"https?://\S+/documents/\S+")]
    private static partial Regex DocumentLink();
}
