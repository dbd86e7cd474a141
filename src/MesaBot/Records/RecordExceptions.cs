namespace MesaBot.Records;

/// <summary>Input the records refuse; <see cref="Exception.Message"/> is Spanish and meant for the user.</summary>
public sealed class RecordValidationException(string message) : Exception(message);

/// <summary>Someone else changed the same record between our read and our write; nothing was written.</summary>
public sealed class ConcurrentChangeException(string subject, Exception? inner = null)
    : Exception($"Otra persona modificó {subject} al mismo tiempo; vuelve a intentarlo.", inner)
{
    public string Subject { get; } = subject;
}

/// <summary>The record or mesa named does not exist; the message is Spanish and meant for the user.</summary>
public sealed class RecordNotFoundException(string message) : Exception(message);
