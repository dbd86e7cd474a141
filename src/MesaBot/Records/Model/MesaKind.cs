namespace MesaBot.Records;

public enum MesaKind
{
    Mesa,
    Comite,
}
