namespace MesaBot.Records.Stores;

/// <summary>
/// An item's status as the rows store it: the enum's name. Every row a list or a person's index reads carries
/// one, so the names are matched directly; anything else goes to <see cref="Enum.Parse{TEnum}(string)"/>, which
/// accepts or refuses it as before.
/// </summary>
internal static class StoredStatus
{
    public static ItemStatus Parse(string text) => text switch
    {
        nameof(ItemStatus.Pendiente) => ItemStatus.Pendiente,
        nameof(ItemStatus.EnCurso) => ItemStatus.EnCurso,
        nameof(ItemStatus.Cumplida) => ItemStatus.Cumplida,
        nameof(ItemStatus.Cancelada) => ItemStatus.Cancelada,
        _ => Enum.Parse<ItemStatus>(text),
    };
}
