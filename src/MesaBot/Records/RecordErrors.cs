namespace MesaBot.Records;

/// <summary>
/// The keys of <see cref="RecordException"/>: which rule failed, never how to say it. Each key has a Spanish
/// and an English text in Bot/Resources/Errors*.resx; the comment lists the arguments it carries, in order.
/// </summary>
public static class RecordErrors
{
    public const string TextEmpty = nameof(TextEmpty); // no arguments
    public const string TextTooLong = nameof(TextTooLong); // length, max
    public const string AgreementTextEmpty = nameof(AgreementTextEmpty); // no arguments
    public const string AgreementTextTooLong = nameof(AgreementTextTooLong); // length, max
    public const string ActionItemTextEmpty = nameof(ActionItemTextEmpty); // no arguments
    public const string ActionItemTextTooLong = nameof(ActionItemTextTooLong); // length, max
    public const string CommitmentTextEmpty = nameof(CommitmentTextEmpty); // no arguments
    public const string CommitmentTextTooLong = nameof(CommitmentTextTooLong); // length, max
    public const string MesaNameEmpty = nameof(MesaNameEmpty); // no arguments
    public const string MesaNameTooLong = nameof(MesaNameTooLong); // length, max
    public const string MesaNameNotOneLine = nameof(MesaNameNotOneLine); // no arguments
    public const string SessionTooLong = nameof(SessionTooLong); // length, max
    public const string ContactNameTooLong = nameof(ContactNameTooLong); // length, max
    public const string ContactEmailTooLong = nameof(ContactEmailTooLong); // length, max
    public const string PartnerNameTooLong = nameof(PartnerNameTooLong); // length, max
    public const string PartnerAliasTooLong = nameof(PartnerAliasTooLong); // length, max
    public const string SourceLinkTooLong = nameof(SourceLinkTooLong); // length, max
    public const string SourceLinkNotHttps = nameof(SourceLinkNotHttps); // no arguments
    public const string CoordinatorMissing = nameof(CoordinatorMissing); // no arguments
    public const string CoordinatorNameTooLong = nameof(CoordinatorNameTooLong); // length, max
    public const string ActionItemOwnerMissing = nameof(ActionItemOwnerMissing); // no arguments
    public const string ActionItemOwnerNameTooLong = nameof(ActionItemOwnerNameTooLong); // length, max
    public const string ActionItemAuthorMissing = nameof(ActionItemAuthorMissing); // no arguments
    public const string ActionItemAuthorNameTooLong = nameof(ActionItemAuthorNameTooLong); // length, max
    public const string ActionItemEditorMissing = nameof(ActionItemEditorMissing); // no arguments
    public const string ActionItemEditorNameTooLong = nameof(ActionItemEditorNameTooLong); // length, max
    public const string CommitmentFollowerMissing = nameof(CommitmentFollowerMissing); // no arguments
    public const string CommitmentFollowerNameTooLong = nameof(CommitmentFollowerNameTooLong); // length, max
    public const string CommitmentAuthorMissing = nameof(CommitmentAuthorMissing); // no arguments
    public const string CommitmentAuthorNameTooLong = nameof(CommitmentAuthorNameTooLong); // length, max
    public const string CommitmentEditorMissing = nameof(CommitmentEditorMissing); // no arguments
    public const string CommitmentEditorNameTooLong = nameof(CommitmentEditorNameTooLong); // length, max
    public const string AgreementAuthorMissing = nameof(AgreementAuthorMissing); // no arguments
    public const string AgreementAuthorNameTooLong = nameof(AgreementAuthorNameTooLong); // length, max
    public const string AgreementEditorMissing = nameof(AgreementEditorMissing); // no arguments
    public const string AgreementEditorNameTooLong = nameof(AgreementEditorNameTooLong); // length, max
    public const string MesaIdInvalid = nameof(MesaIdInvalid); // id as written
    public const string MesaCodeInvalid = nameof(MesaCodeInvalid); // code as written
    public const string TimeZoneUnknown = nameof(TimeZoneUnknown); // time zone id
    public const string LanguageUnavailable = nameof(LanguageUnavailable); // language as written
    public const string MesaCodeTaken = nameof(MesaCodeTaken); // code
    public const string MesaIdTaken = nameof(MesaIdTaken); // mesa id
    public const string MesaArchived = nameof(MesaArchived); // mesa code
    public const string MesaGone = nameof(MesaGone); // mesa code
    public const string TooManyConversations = nameof(TooManyConversations); // max
    public const string ConversationBeingLinked = nameof(ConversationBeingLinked); // no arguments
    public const string ConversationLinkedElsewhere = nameof(ConversationLinkedElsewhere); // mesa name, mesa code
    public const string PartnerNameMissing = nameof(PartnerNameMissing); // no arguments
    public const string RemindersInvalid = nameof(RemindersInvalid); // no arguments
    public const string AgreementNumberNotPositive = nameof(AgreementNumberNotPositive); // no arguments
    public const string CommitmentPartnerMissing = nameof(CommitmentPartnerMissing); // no arguments
    public const string ContactEmailInvalid = nameof(ContactEmailInvalid); // e-mail as written
    public const string DueDatePast = nameof(DueDatePast); // due date, today (DateOnly)
    public const string RecordNotFound = nameof(RecordNotFound); // record id (T-3), mesa code
    public const string RecordChangedConcurrently = nameof(RecordChangedConcurrently); // record id (T-3)
    public const string MesaChangedConcurrently = nameof(MesaChangedConcurrently); // mesa code
    public const string NumberingChangedConcurrently = nameof(NumberingChangedConcurrently); // mesa code
    public const string ItemChangeNotAllowed = nameof(ItemChangeNotAllowed); // qualified id (RES-T-3), accountable person's name
    public const string AnnulReasonEmpty = nameof(AnnulReasonEmpty); // no arguments
    public const string AnnulReasonTooLong = nameof(AnnulReasonTooLong); // length, max
    public const string AgreementAlreadyAnnulled = nameof(AgreementAlreadyAnnulled); // agreement id, who annulled it, the reason
    public const string AgreementAnnulNotAllowed = nameof(AgreementAnnulNotAllowed); // agreement id, its author's name
    public const string AgreementAnnulledNoFollowUp = nameof(AgreementAnnulledNoFollowUp); // agreement id, who annulled it, the reason
    public const string AgreementAlreadyFollowed = nameof(AgreementAlreadyFollowed); // agreement id, who marked it
    public const string AgreementNotFollowed = nameof(AgreementNotFollowed); // agreement id

    // Sessions (Records/Sessions).
    public const string SessionTitleTooLong = nameof(SessionTitleTooLong); // length, max
    public const string SessionPersonMissing = nameof(SessionPersonMissing); // no arguments
    public const string SessionPersonNameTooLong = nameof(SessionPersonNameTooLong); // length, max
    public const string SessionNotFound = nameof(SessionNotFound); // session number, mesa code
    public const string SessionChangedConcurrently = nameof(SessionChangedConcurrently); // mesa code
    public const string SessionStillOpen = nameof(SessionStillOpen); // session number
    public const string SessionTooManyPeople = nameof(SessionTooManyPeople); // max
    public const string ActaAlreadyApproved = nameof(ActaAlreadyApproved); // session number, acta version, mesa code
    public const string ActaNotApproved = nameof(ActaNotApproved); // session number
    public const string AgreementAnnulledNotEditable = nameof(AgreementAnnulledNotEditable); // agreement id, who annulled it, the reason
}
