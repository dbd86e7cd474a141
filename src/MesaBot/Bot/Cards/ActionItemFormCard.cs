using MesaBot.Bot.Resources;
using MesaBot.Cards;
using MesaBot.Records;

namespace MesaBot.Bot.Cards;

/// <summary>"Nueva tarea" as a form: text, due date and owner; saved with <see cref="CardVerbs.SubmitForm"/>, tipo "tarea".</summary>
public static class ActionItemFormCard
{
    /// <param name="defaultOwnerId">Preselected owner (usually whoever opened the form), if among the members.</param>
    public static AdaptiveCard Build(IReadOnlyList<Person> members, DateOnly today, string? defaultOwnerId = null) =>
        FormInputs.Start(CardTexts.Form_ActionItem_Title)
            .Add(FormInputs.Text(CardTexts.Form_ActionItem_Text))
            .Add(FormInputs.Due(today))
            .Add(FormInputs.Person(CardTexts.Form_Owner_Label, members, defaultOwnerId))
            .Add(FormInputs.Save(FormInputs.ActionItem));
}
