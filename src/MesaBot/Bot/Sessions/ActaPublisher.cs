using MesaBot.Documents;
using MesaBot.Records;
using MesaBot.Records.Sessions;

namespace MesaBot.Bot.Sessions;

/// <summary>
/// Builds a session's acta (<see cref="ActaComposer"/> → <see cref="IActaDocumentBuilder"/>), delivers it
/// (<see cref="IDocumentDelivery"/>) and keeps what was delivered on the session: the draft, or the approved
/// file whose SHA-256 freezes it.
/// </summary>
public sealed class ActaPublisher(ActaComposer composer, SessionStore sessions, IActaDocumentBuilder builder, IDocumentDelivery delivery)
{
    /// <summary>What the acta says now (no document built yet).</summary>
    public Task<ActaContent> ComposeAsync(Mesa mesa, Session session, CancellationToken cancellationToken) =>
        composer.ComposeAsync(mesa, session, approvedBy: null, cancellationToken);

    /// <summary>Builds and delivers the current draft; the session keeps its stored name and hash.</summary>
    public async Task<PublishedActa> DraftAsync(Mesa mesa, Session session, ActaContent content, DocumentPlace place, Person by, CancellationToken cancellationToken)
    {
        var delivered = await DeliverAsync(content, place, cancellationToken);
        var saved = await sessions.SaveDraftAsync(mesa, session.Number, session.ActaVersion, Stored(delivered), by, cancellationToken);
        return new PublishedActa(saved, content, delivered);
    }

    /// <summary>Builds the approved document (with who and when), delivers it and freezes the session's acta on its hash.</summary>
    public async Task<PublishedActa> ApproveAsync(Mesa mesa, Session session, DocumentPlace place, Person by, CancellationToken cancellationToken)
    {
        var content = await composer.ComposeAsync(mesa, session, approvedBy: by, cancellationToken);
        var delivered = await DeliverAsync(content, place, cancellationToken);
        var approved = await sessions.ApproveAsync(mesa, session.Number, session.ActaVersion, Stored(delivered), by, cancellationToken);
        return new PublishedActa(approved, content, delivered);
    }

    /// <summary>A fresh link to a document delivered before (links expire; the stored bytes do not change).</summary>
    public Task<Uri> LinkAsync(StoredDocument document, CancellationToken cancellationToken) =>
        // The session keeps no link (it would expire), only where the bytes are.
        delivery.LinkAsync(document.StoredName, cancellationToken);

    private async Task<DeliveredDocument> DeliverAsync(ActaContent content, DocumentPlace place, CancellationToken cancellationToken)
    {
        var file = builder.Build(content);
        return await delivery.DeliverAsync(file, place, cancellationToken);
    }

    private static StoredDocument Stored(DeliveredDocument delivered) => new(delivered.StoredName, delivered.Sha256, delivered.Size);
}

/// <summary>An acta just delivered: the session as it now is, what the document says, and where it is.</summary>
public sealed record PublishedActa(Session Session, ActaContent Content, DeliveredDocument Document);
