using MesaBot.Bot.Cards;
using MesaBot.Bot.Chat;
using MesaBot.Bot.Resources;
using MesaBot.Documents;
using MesaBot.Documents.Delivery;
using MesaBot.Documents.Workbook;
using MesaBot.Records;
using MesaBot.Records.Stores;
using Microsoft.Extensions.Options;

namespace MesaBot.Bot.Handlers;

/// <summary>
/// «exportar» (coordinators): every record of the mesa in one workbook, kept and linked like an acta. In the
/// committee, «exportar todo» covers every mesa of the tenant, in the same sheets with a Mesa column.
/// Three requests per mesa (acuerdos, tareas and compromisos, history), then the blob.
/// </summary>
public sealed class ExportHandler(
    MesaStore mesas,
    AgreementStore agreements,
    OpenItemStore items,
    AuditLog audit,
    RecordsWorkbookBuilder workbooks,
    IDocumentDelivery delivery,
    IOptions<DocumentOptions> documents)
{
    public static readonly string[] Commands = ["exportar", "export"];

    private static readonly string[] AllWords = ["todo", "todas", "all"];

    public async Task OnExportAsync(ChatContext chat, CancellationToken cancellationToken)
    {
        var mesa = chat.Mesa!;
        var all = AllWords.Contains(chat.Arguments.Trim(), StringComparer.OrdinalIgnoreCase);
        if (all && mesa.Kind != MesaKind.Comite)
        {
            await chat.SayAsync(string.Format(chat.Culture, Strings.Export_AllOnlyCommittee, mesa.Name), cancellationToken);
            return;
        }

        IReadOnlyList<Mesa> scope = all ? [.. (await mesas.ListAsync(chat.TenantId, cancellationToken)).OrderBy(m => m.Code, StringComparer.Ordinal)] : [mesa];
        var export = new RecordsExport { Code = mesa.Code, MadeOn = chat.Today, Language = mesa.Language, AllMesas = all };
        foreach (var one in scope)
        {
            export = await AddAsync(export, one, chat.TodayAt(one), cancellationToken);
        }

        var file = workbooks.Build(export);
        // A channel message without the team's group id gets the signed link.
        var delivered = await delivery.DeliverAsync(file, DocumentPlaces.For(chat, mesa.Id), cancellationToken);
        var note = DocumentLinks.IsSignedLink(delivered.Link)
            ? string.Format(chat.Culture, Strings.Export_LinkExpires, (int)documents.Value.LinkLifetime.TotalDays)
            : Strings.Export_InChannelFiles;
        var title = all ? Strings.Export_TitleAll : string.Format(chat.Culture, Strings.Export_Title, mesa.Name);
        await chat.ShowAsync(ExportCard.Build(title, scope.Count, export.Agreements.Count, export.Tasks.Count, export.Commitments.Count, file.FileName, delivered.Link, note), cancellationToken);
    }

    private async Task<RecordsExport> AddAsync(RecordsExport export, Mesa mesa, DateOnly today, CancellationToken cancellationToken)
    {
        var agreementsRead = agreements.ListAsync(mesa, cancellationToken);
        var tasksRead = items.ListAsync(mesa, RecordKind.ActionItem, cancellationToken);
        var commitmentsRead = items.ListAsync(mesa, RecordKind.Commitment, cancellationToken);
        var historyRead = audit.RecordsHistoryAsync(mesa, cancellationToken);
        var history = await historyRead;
        return export with
        {
            Agreements = [.. export.Agreements, .. (await agreementsRead).OrderBy(a => a.Number).Select(a => ExportRows.Agreement(mesa, a, history, today))],
            Tasks = [.. export.Tasks, .. (await tasksRead).OrderBy(i => i.Number).Select(i => ExportRows.Item(mesa, i, history, today))],
            Commitments = [.. export.Commitments, .. (await commitmentsRead).OrderBy(i => i.Number).Select(i => ExportRows.Item(mesa, i, history, today))],
        };
    }
}
