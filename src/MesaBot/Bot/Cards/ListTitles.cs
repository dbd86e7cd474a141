using MesaBot.Bot.Resources;
using MesaBot.Records;

namespace MesaBot.Bot.Cards;

/// <summary>The titles of the list queries, so every handler names its list the same way.</summary>
public static class ListTitles
{
    /// <summary>"Pendientes de la mesa Resiliencia".</summary>
    public static string MesaPending(Mesa mesa) => CardText.Format(CardTexts.List_MesaPending, CardText.OfMesa(mesa));

    public static string Overdue() => CardTexts.List_Overdue;

    /// <summary>"Pendientes de Ana Pérez".</summary>
    public static string PersonPending(string personName) => CardText.Format(CardTexts.List_PersonPending, personName);

    /// <summary>"Compromisos de CChC".</summary>
    public static string PartnerCommitments(string partner) => CardText.Format(CardTexts.List_PartnerCommitments, partner);

    public static string Mine() => CardTexts.List_Mine;

    /// <summary>"Acuerdos de la mesa Resiliencia".</summary>
    public static string Agreements(Mesa mesa) => CardText.Format(CardTexts.List_Agreements, CardText.OfMesa(mesa));
}
