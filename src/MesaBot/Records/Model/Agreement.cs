namespace MesaBot.Records;

/// <summary>
/// An acuerdo: what the mesa decided, on which date (in the mesa's time zone) and at which session.
/// An acuerdo is a public act, so it is never deleted: a mistaken one is annulled (<see cref="Annulment"/>),
/// and stays on the record with the reason.
/// </summary>
public sealed record Agreement(
    int Number,
    string Text,
    DateOnly AgreedOn,
    string? Session,
    Person Author,
    string? SourceMessageUrl,
    DateTimeOffset CreatedAt,
    string Version)
{
    public RecordRef Ref => new(RecordKind.Agreement, Number);

    /// <summary>The numbered session it was logged in (Records/Sessions), when one was open; <see cref="Session"/> stays what people typed.</summary>
    public int? SessionNumber { get; init; }

    /// <summary>Who annulled it, when and why; null while it stands.</summary>
    public AgreementAnnulment? Annulment { get; init; }

    public bool IsAnnulled => Annulment is not null;

    /// <summary>Who marked it for follow-up and when; null when it is not followed. A followed acuerdo is on every session's opening agenda until the mark is taken off.</summary>
    public AgreementFollowUp? FollowUp { get; init; }

    public bool IsFollowed => FollowUp is not null;

    /// <exception cref="RecordException">
    /// <see cref="RecordErrors.AgreementAnnulledNoFollowUp"/> once annulled (there is nothing left to follow);
    /// <see cref="RecordErrors.AgreementAlreadyFollowed"/> the second time.
    /// </exception>
    public void EnsureMayBeFollowed()
    {
        if (Annulment is { } done)
        {
            throw RecordException.Invalid(RecordErrors.AgreementAnnulledNoFollowUp, Ref.ToString(), done.By.Name, done.Reason);
        }

        if (FollowUp is { } followed)
        {
            throw RecordException.Invalid(RecordErrors.AgreementAlreadyFollowed, Ref.ToString(), followed.By.Name);
        }
    }

    /// <exception cref="RecordException"><see cref="RecordErrors.AgreementNotFollowed"/> when it carries no mark to take off.</exception>
    public void EnsureFollowed()
    {
        if (FollowUp is null)
        {
            throw RecordException.Invalid(RecordErrors.AgreementNotFollowed, Ref.ToString());
        }
    }

    /// <exception cref="RecordException"><see cref="RecordErrors.AgreementAnnulledNotEditable"/> once annulled: its text is what was annulled.</exception>
    public void EnsureEditable()
    {
        if (Annulment is { } done)
        {
            throw RecordException.Invalid(RecordErrors.AgreementAnnulledNotEditable, Ref.ToString(), done.By.Name, done.Reason);
        }
    }

    /// <summary>Its author, or the mesa's coordination, may annul it.</summary>
    public bool MayBeAnnulledBy(Person person, Mesa mesa) => Author.IsSamePerson(person) || mesa.IsCoordinator(person.ObjectId);

    /// <exception cref="RecordException">
    /// <see cref="RecordErrors.AgreementAlreadyAnnulled"/> the second time; <see cref="RecordErrors.AgreementAnnulNotAllowed"/>
    /// for anyone but its author or a coordinator.
    /// </exception>
    public void EnsureMayBeAnnulledBy(Person person, Mesa mesa)
    {
        if (Annulment is { } done)
        {
            throw RecordException.Invalid(RecordErrors.AgreementAlreadyAnnulled, Ref.ToString(), done.By.Name, done.Reason);
        }

        if (!MayBeAnnulledBy(person, mesa))
        {
            throw RecordException.Invalid(RecordErrors.AgreementAnnulNotAllowed, Ref.ToString(), Author.Name);
        }
    }
}

/// <summary>Why and by whom an acuerdo was annulled (UTC).</summary>
public sealed record AgreementAnnulment(string Reason, Person By, DateTimeOffset At);

/// <summary>Who marked an acuerdo for follow-up, and when (UTC).</summary>
public sealed record AgreementFollowUp(Person By, DateTimeOffset At);

/// <summary>An acuerdo marked for follow-up, as a session's agenda lists it (and keeps it, on the session's row).</summary>
public sealed record FollowedAgreement(int Number, string Text, DateOnly AgreedOn, int? SessionNumber)
{
    public RecordRef Ref => new(RecordKind.Agreement, Number);
}

public sealed record NewAgreement(string Text, DateOnly AgreedOn, string? Session = null, string? SourceMessageUrl = null)
{
    /// <summary>The session it belongs to when registered after that one closed; null: the open session, if any.</summary>
    public int? ForSession { get; init; }
}
