using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Azure.Data.Tables;
using DocumentFormat.OpenXml.Packaging;
using MesaBot.EndToEndTests.Infrastructure;
using Microsoft.Playwright;

namespace MesaBot.EndToEndTests;

/// <summary>
/// Issue 15's "done when", as a coordinator does it in the Playground: in the mesa's channel a task is
/// pending before the session; `abrir sesión` shows it on the agenda; an acuerdo, a tarea and a compromiso
/// are logged; `cerrar sesión` posts the acta card; its Word link downloads a document (from the host,
/// on 127.0.0.1) holding the records; Aprobar shows the file's SHA-256, which the audit log keeps and the
/// approved bytes hash to; the next session opens with what was left open. Then a Teams meeting's
/// start and end events, sent as the Playground's custom activities, open and close a session by
/// themselves. It works in the General channel (mesa Vialidad Urbana), which other tests may share.
/// </summary>
[Collection(PlaygroundCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed partial class SessionInPlaygroundTests(PlaygroundEnvironment environment)
{
    private const string Mesa = "Vialidad Urbana";
    private const string GeneralChannel = "team-innovacion-mop"; // the Playground gives General the team's id, as Teams does

    [Fact]
    public async Task Coordinator_HoldsASessionFromAgendaToApprovedActa_ThenAMeetingOpensAndClosesTheNext()
    {
        var chat = environment.Chat;
        await chat.LinkChannelAsync("General", Mesa);

        // Left open from before: the first session's agenda must carry it.
        await chat.PostAsync("@MesaBot", " tarea actualizar catastro de ciclovías ", "@Luis Soto", $" para el {SantiagoClock.Ahead(50)}");
        await chat.ExpectCardWithTextAsync("actualizar catastro de ciclovías");

        await chat.PostAsync("@MesaBot", " abrir sesión Revisión de avance de obras");
        var agenda = await chat.ExpectCardWithTextAsync("Se abrió la sesión");
        var number = int.Parse(SessionNumber().Match(await agenda.InnerTextAsync()).Groups[1].Value);
        Assert.Contains("actualizar catastro de ciclovías", await agenda.InnerTextAsync());
        await chat.ScreenshotAsync("12-sesion-agenda");

        await chat.PostAsync("@MesaBot", " acuerdo Se aprueba el plan de mantención de puentes 2027");
        await chat.ExpectCardWithTextAsync("Se aprueba el plan de mantención de puentes 2027");
        await chat.PostAsync("@MesaBot", " tarea coordinar visita a terreno ", "@Ana Pérez", $" para el {SantiagoClock.Ahead(45)}");
        await chat.ExpectCardWithTextAsync("coordinar visita a terreno", "Ana Pérez");
        await chat.PostAsync("@MesaBot", $" compromiso CChC: enviar catastro de obras paralizadas para el {SantiagoClock.Ahead(48)}");
        await chat.ExpectCardWithTextAsync("enviar catastro de obras paralizadas");

        await chat.PostAsync("@MesaBot", " cerrar sesión");
        var acta = await chat.ExpectCardWithTextAsync($"Acta de la sesión {number}");
        var summary = await acta.InnerTextAsync();
        Assert.Contains("borrador", summary);
        await chat.ScreenshotAsync("13-sesion-acta");

        var draftLink = await chat.OpenedLinkAsync(acta, "Descargar acta (Word)");
        Assert.Equal("127.0.0.1", draftLink.Host);
        var draft = await DownloadAsync(draftLink);
        var text = DocumentText(draft);
        Assert.Contains("Se aprueba el plan de mantención de puentes 2027", text);
        Assert.Contains("coordinar visita a terreno", text);
        Assert.Contains("Ana Pérez", text);
        Assert.Contains("enviar catastro de obras paralizadas", text);
        Assert.Contains("actualizar catastro de ciclovías", text); // carried forward, with what became of it
        Assert.Contains("BORRADOR", text);
        await File.WriteAllBytesAsync(Path.Combine(environment.ScreenshotDirectory, "acta-sesion.docx"), draft);

        await acta.GetByRole(AriaRole.Button, new() { Name = "Aprobar" }).ClickAsync();
        var approved = await chat.ExpectCardWithTextAsync("SHA-256 del documento aprobado");
        var hash = Sha256Text().Match(await approved.InnerTextAsync()).Value;
        Assert.Contains("Aprobada por Carolina Muñoz", await approved.InnerTextAsync());
        await chat.ScreenshotAsync("14-acta-aprobada");

        var approvedBytes = await DownloadAsync(await chat.OpenedLinkAsync(approved, "Descargar acta (Word)"));
        Assert.Equal(hash, Convert.ToHexStringLower(SHA256.HashData(approvedBytes)));
        Assert.Contains("Aprobada por Carolina Muñoz", DocumentText(approvedBytes));
        await File.WriteAllBytesAsync(Path.Combine(environment.ScreenshotDirectory, "acta-aprobada.docx"), approvedBytes);
        var audit = await ApprovalsInAuditLogAsync(hash);
        Assert.Equal($"S-{number}", Assert.Single(audit).GetString("Subject"));

        // The next session starts from what was left open: both tareas and the compromiso.
        await chat.PostAsync("@MesaBot", " abrir sesión");
        var next = await chat.ExpectCardWithTextAsync($"Se abrió la sesión {number + 1}");
        var carried = await next.InnerTextAsync();
        Assert.Contains("coordinar visita a terreno", carried);
        Assert.Contains("enviar catastro de obras paralizadas", carried);
        Assert.Contains("actualizar catastro de ciclovías", carried);
        Assert.DoesNotContain("espera aprobación", carried);
        await chat.PostAsync("@MesaBot", " cerrar sesión");
        await chat.ExpectCardWithTextAsync($"Acta de la sesión {number + 1}");

        // A Teams channel meeting: its start opens the following session, its end closes it with the acta.
        var activities = new CustomActivities(environment);
        var meetingId = "MCMxOTptZWV0aW5nX" + Guid.NewGuid().ToString("N");
        await activities.SendAsync(await MeetingEventAsync(activities, "application/vnd.microsoft.meetingStart", new JsonObject
        {
            ["Id"] = meetingId,
            ["Title"] = "Reunión de la mesa Vialidad Urbana",
            ["JoinUrl"] = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_e2e%40thread.v2/0",
            ["MeetingType"] = "Scheduled",
            ["StartTime"] = DateTimeOffset.UtcNow.ToString("O"),
        }));
        var meetingAgenda = await chat.ExpectCardWithTextAsync($"Se abrió la sesión {number + 2}");
        Assert.Contains("En línea (Teams)", await meetingAgenda.InnerTextAsync());
        Assert.Contains("Reunión de la mesa Vialidad Urbana", await meetingAgenda.InnerTextAsync());

        await activities.SendAsync(await MeetingEventAsync(activities, "application/vnd.microsoft.meetingEnd", new JsonObject
        {
            ["Id"] = meetingId,
            ["Title"] = "Reunión de la mesa Vialidad Urbana",
            ["JoinUrl"] = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_e2e%40thread.v2/0",
            ["MeetingType"] = "Scheduled",
            ["EndTime"] = DateTimeOffset.UtcNow.ToString("O"),
        }));
        var meetingActa = await chat.ExpectCardWithTextAsync($"Acta de la sesión {number + 2}");
        Assert.Contains("En línea (Teams)", await meetingActa.InnerTextAsync());
        Assert.Contains("borrador", await meetingActa.InnerTextAsync());
        await chat.ScreenshotAsync("15-reunion-cerrada");
    }

    /// <summary>The Playground's template for the General channel, made the event Teams sends to a channel meeting's thread.</summary>
    private static async Task<JsonObject> MeetingEventAsync(CustomActivities activities, string name, JsonObject value)
    {
        var activity = await activities.TemplateAsync(GeneralChannel);
        var tenantId = activity["conversation"]!["tenantId"]!.GetValue<string>();
        activity["type"] = "event";
        activity["name"] = name;
        activity["value"] = value;
        activity["channelData"] = new JsonObject
        {
            ["tenant"] = new JsonObject { ["id"] = tenantId },
            ["team"] = new JsonObject { ["id"] = GeneralChannel },
            ["channel"] = new JsonObject { ["id"] = GeneralChannel },
            ["meeting"] = new JsonObject { ["id"] = value["Id"]!.GetValue<string>() },
        };
        return activity;
    }

    private static async Task<byte[]> DownloadAsync(Uri link)
    {
        using var http = new HttpClient();
        var response = await http.GetAsync(link);
        Assert.True(response.IsSuccessStatusCode, $"{link}: {(int)response.StatusCode}");
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static string DocumentText(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var parts = new List<string> { document.MainDocumentPart!.Document.Body!.InnerText };
        parts.AddRange(document.MainDocumentPart.HeaderParts.Select(h => h.Header.InnerText));
        return string.Join('\n', parts);
    }

    private async Task<IReadOnlyList<TableEntity>> ApprovalsInAuditLogAsync(string hash)
    {
        var table = new TableServiceClient(environment.StorageConnectionString).GetTableClient(environment.TablePrefix + "records");
        var found = new List<TableEntity>();
        await foreach (var entity in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"Action eq {"ActaApproved"} and NewValue eq {hash}")))
        {
            found.Add(entity);
        }

        return found;
    }

    [GeneratedRegex(@"Se abrió la sesión (\d+)")]
    private static partial Regex SessionNumber();

    [GeneratedRegex(@"\b[0-9a-f]{64}\b")]
    private static partial Regex Sha256Text();
}
