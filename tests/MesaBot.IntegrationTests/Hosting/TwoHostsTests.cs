using System.Net;
using MesaBot.IntegrationTests.Infrastructure;

namespace MesaBot.IntegrationTests.Hosting;

/// <summary>Two instances behind one endpoint on one storage account (docs/security.md, docs/reminders.md).</summary>
public sealed class TwoHostsTests(TwoHostsFixture hosts) : IClassFixture<TwoHostsFixture>
{
    [Fact]
    public async Task Resend_ReachesOtherHost_OneRecordAnswerRepeatedAsDocumented()
    {
        var chat = new TeamsConversation(hosts.First);
        await chat.SendAsync("vincular Resiliencia");
        var message = chat.Message("tarea revisar bases técnicas @Ana Pérez para el viernes");

        Assert.Equal(HttpStatusCode.OK, (await hosts.First.Client.SendAsync(message)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await hosts.Second.SendAsync(message)).StatusCode);

        // The record is created once (idempotent by activity id); the answer comes from each host that
        // saw the message, the per-host guard chosen in docs/security.md.
        var answers = hosts.First.BotFramework.SentActivities().Where(a => a.ReplyToId == message.Id).ToList();
        var text = new Reply(answers).AllText;
        Assert.Equal(2, answers.Count);
        Assert.Contains("T-1", text);
        Assert.DoesNotContain("T-2", text);
    }

    [Fact]
    public async Task Resend_SameHost_AnsweredOnce()
    {
        var chat = new TeamsConversation(hosts.First);
        await chat.SendAsync("vincular Economía Circular");
        var message = chat.Message("tarea medir huella @Ana Pérez para el viernes");

        await hosts.First.Client.SendAsync(message);
        await hosts.First.Client.SendAsync(message);

        Assert.Single(hosts.First.BotFramework.SentActivities(), a => a.ReplyToId == message.Id);
    }

    // Found 2026-12-01: the second host created T-1 from its 30 s copy of a mesa archived on the first. The
    // archive now marks the mesa's counters, which every create reads (MesaStore.ArchiveAsync).
    [Fact]
    public async Task ArchivedOnFirstHost_SecondHostWithWarmCopy_CreatesNothing()
    {
        var chat = new TeamsConversation(hosts.First);
        await chat.SendAsync("vincular Movilidad");
        var warm = chat.Message("pendientes");
        await hosts.Second.SendAsync(warm); // the second host now remembers the mesa for 30 s

        await chat.SendAsync("mesa archivar");
        var create = chat.Message("tarea revisar ciclovías @Ana Pérez para el viernes");
        await hosts.Second.SendAsync(create);

        var text = new Reply(hosts.First.BotFramework.SentActivities().Where(a => a.ReplyToId == create.Id).ToList()).AllText;
        Assert.DoesNotContain("T-1", text);
        Assert.Contains("archivada", text);
    }

    [Fact]
    public async Task RenamedOnFirstHost_SecondHostWithWarmCopy_ChangeRefusedAsConcurrent()
    {
        var chat = new TeamsConversation(hosts.First);
        await chat.SendAsync("vincular Agua");
        await hosts.Second.SendAsync(chat.Message("pendientes"));

        await chat.SendAsync("mesa renombrar Agua Potable");
        var rename = chat.Message("mesa renombrar Agua Segura");
        await hosts.Second.SendAsync(rename);
        var again = await chat.SendAsync("pendientes");

        var text = new Reply(hosts.First.BotFramework.SentActivities().Where(a => a.ReplyToId == rename.Id).ToList()).AllText;
        Assert.DoesNotContain("Agua Segura", again.AllText);
        Assert.Contains("Agua Potable", again.AllText);
        Assert.NotEmpty(text);
    }
}
