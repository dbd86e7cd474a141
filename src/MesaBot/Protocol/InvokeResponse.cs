namespace MesaBot.Protocol;

/// <summary>What an invoke activity answers synchronously: an HTTP status and an optional JSON body.</summary>
public sealed record InvokeResponse(int Status, object? Body = null)
{
    public static InvokeResponse NotImplemented { get; } = new(StatusCodes.Status501NotImplemented);
    public static InvokeResponse Ok(object? body = null) => new(StatusCodes.Status200OK, body);
}
