namespace MesaBot.Records;

/// <summary>A free-text field: its own keys, because "the agreement's text is empty" and "the task's text is empty" are different sentences.</summary>
public sealed record TextField(string EmptyKey, string TooLongKey);

/// <summary>A person a record needs (owner, follower, author): its own keys for "missing" and "name too long".</summary>
public sealed record PersonRole(string MissingKey, string NameTooLongKey);

/// <summary>The fields and roles the records clean, each with the keys of its messages.</summary>
public static class RecordFields
{
    public static readonly TextField Text = new(RecordErrors.TextEmpty, RecordErrors.TextTooLong);
    public static readonly TextField AgreementText = new(RecordErrors.AgreementTextEmpty, RecordErrors.AgreementTextTooLong);
    public static readonly TextField ActionItemText = new(RecordErrors.ActionItemTextEmpty, RecordErrors.ActionItemTextTooLong);
    public static readonly TextField CommitmentText = new(RecordErrors.CommitmentTextEmpty, RecordErrors.CommitmentTextTooLong);
    public static readonly TextField MesaName = new(RecordErrors.MesaNameEmpty, RecordErrors.MesaNameTooLong);
    public static readonly TextField AnnulReason = new(RecordErrors.AnnulReasonEmpty, RecordErrors.AnnulReasonTooLong);

    // Optional fields are never "empty" (blank means absent); only their length is checked.
    public static readonly TextField Session = new(RecordErrors.TextEmpty, RecordErrors.SessionTooLong);
    public static readonly TextField ContactName = new(RecordErrors.TextEmpty, RecordErrors.ContactNameTooLong);
    public static readonly TextField ContactEmail = new(RecordErrors.TextEmpty, RecordErrors.ContactEmailTooLong);
    public static readonly TextField PartnerName = new(RecordErrors.TextEmpty, RecordErrors.PartnerNameTooLong);
    public static readonly TextField PartnerAlias = new(RecordErrors.TextEmpty, RecordErrors.PartnerAliasTooLong);
    public static readonly TextField SourceLink = new(RecordErrors.TextEmpty, RecordErrors.SourceLinkTooLong);
    public static readonly TextField SessionTitle = new(RecordErrors.TextEmpty, RecordErrors.SessionTitleTooLong);
    public static readonly TextField SessionPersonName = new(RecordErrors.SessionPersonMissing, RecordErrors.SessionPersonNameTooLong);

    public static readonly PersonRole Coordinator = new(RecordErrors.CoordinatorMissing, RecordErrors.CoordinatorNameTooLong);
    public static readonly PersonRole ActionItemOwner = new(RecordErrors.ActionItemOwnerMissing, RecordErrors.ActionItemOwnerNameTooLong);
    public static readonly PersonRole ActionItemAuthor = new(RecordErrors.ActionItemAuthorMissing, RecordErrors.ActionItemAuthorNameTooLong);
    public static readonly PersonRole ActionItemEditor = new(RecordErrors.ActionItemEditorMissing, RecordErrors.ActionItemEditorNameTooLong);
    public static readonly PersonRole CommitmentFollower = new(RecordErrors.CommitmentFollowerMissing, RecordErrors.CommitmentFollowerNameTooLong);
    public static readonly PersonRole CommitmentAuthor = new(RecordErrors.CommitmentAuthorMissing, RecordErrors.CommitmentAuthorNameTooLong);
    public static readonly PersonRole CommitmentEditor = new(RecordErrors.CommitmentEditorMissing, RecordErrors.CommitmentEditorNameTooLong);
    public static readonly PersonRole AgreementAuthor = new(RecordErrors.AgreementAuthorMissing, RecordErrors.AgreementAuthorNameTooLong);
    public static readonly PersonRole SessionOpener = new(RecordErrors.SessionPersonMissing, RecordErrors.SessionPersonNameTooLong);
    public static readonly PersonRole AgreementEditor = new(RecordErrors.AgreementEditorMissing, RecordErrors.AgreementEditorNameTooLong);
}
