namespace MesaBot.Records;

/// <summary>
/// The records refused something. It says which rule failed (<see cref="Key"/>, one of
/// <see cref="RecordErrors"/>) with culture-neutral <see cref="Arguments"/> (ids, names, numbers, dates);
/// the bot says it in the mesa's language. <see cref="Kind"/> lets a caller tell a concurrent change
/// (show the record again, retry) or a missing record from input that breaks a rule.
/// </summary>
public sealed class RecordException : Exception
{
    private RecordException(RecordErrorKind kind, string key, object[] arguments, Exception? inner)
        : base($"{key}({string.Join(", ", arguments)})", inner)
    {
        Kind = kind;
        Key = key;
        Arguments = arguments;
    }

    public RecordErrorKind Kind { get; }

    public string Key { get; }

    public IReadOnlyList<object> Arguments { get; }

    public static RecordException Invalid(string key, params object[] arguments) => new(RecordErrorKind.Invalid, key, arguments, null);

    public static RecordException NotFound(string key, params object[] arguments) => new(RecordErrorKind.NotFound, key, arguments, null);

    /// <summary>Someone else changed the same record between our read and our write; nothing was written.</summary>
    public static RecordException Concurrent(string key, object argument, Exception? inner = null) =>
        new(RecordErrorKind.Concurrent, key, [argument], inner);
}

public enum RecordErrorKind
{
    Invalid,
    Concurrent,
    NotFound,
}
