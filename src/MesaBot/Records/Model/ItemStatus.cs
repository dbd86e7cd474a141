namespace MesaBot.Records;

public enum ItemStatus
{
    Pendiente,
    EnCurso,
    Cumplida,
    Cancelada,
}

public static class ItemStatusExtensions
{
    /// <summary>Open items are the ones still owed: they appear in "pendientes" and get reminders.</summary>
    public static bool IsOpen(this ItemStatus status) => status is ItemStatus.Pendiente or ItemStatus.EnCurso;

    public static string Label(this ItemStatus status) => status switch
    {
        ItemStatus.Pendiente => "pendiente",
        ItemStatus.EnCurso => "en curso",
        ItemStatus.Cumplida => "cumplida",
        ItemStatus.Cancelada => "cancelada",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
