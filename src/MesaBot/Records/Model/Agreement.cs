namespace MesaBot.Records;

/// <summary>An acuerdo: what the mesa decided, on which date (in the mesa's time zone) and at which session.</summary>
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
}

public sealed record NewAgreement(string Text, DateOnly AgreedOn, string? Session = null, string? SourceMessageUrl = null);
