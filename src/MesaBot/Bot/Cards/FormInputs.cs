using MesaBot.Bot.Resources;
using MesaBot.Cards;
using MesaBot.Records;

namespace MesaBot.Bot.Cards;

/// <summary>The inputs the creation forms share, with the ids of <see cref="CardVerbs.SubmitForm"/>.</summary>
internal static class FormInputs
{
    public const string ActionItem = "tarea";
    public const string Agreement = "acuerdo";
    public const string Commitment = "compromiso";

    public static AdaptiveCard Start(string title) =>
        new AdaptiveCard().Add(new TextBlock(title) { Size = TextSize.Large, Weight = TextWeight.Bolder });

    public static TextInput Text(string label) => new("texto", label)
    {
        Placeholder = CardTexts.Form_Text_Placeholder,
        IsMultiline = true,
        MaxLength = ItemButtons.MaxTextLength,
        IsRequired = true,
        ErrorMessage = CardTexts.Input_Text_Error,
    };

    public static DateInput Due(DateOnly today) =>
        new("fecha", CardTexts.Form_Due_Label) { Min = today, IsRequired = true, ErrorMessage = CardTexts.Form_Due_Error };

    /// <summary>The person picker; with nobody to choose from, a note that the sender will own it (the handler defaults to them).</summary>
    public static CardElement Person(string label, IReadOnlyList<Person> members, string? defaultPersonId)
    {
        if (members.Count == 0)
        {
            return new TextBlock(CardTexts.Form_NoMembers) { IsSubtle = true };
        }

        var value = members.Any(m => string.Equals(m.ObjectId, defaultPersonId, StringComparison.OrdinalIgnoreCase)) ? defaultPersonId : null;
        return new ChoiceSetInput("responsable", label, [.. members.Select(m => new Choice(m.Name, m.ObjectId))])
        {
            Value = value,
            Placeholder = CardTexts.Input_Person_Placeholder,
            IsRequired = true,
            ErrorMessage = CardTexts.Input_Person_Error,
        };
    }

    public static ExecuteAction Save(string kind) => new(CardTexts.Form_Save, CardVerbs.SubmitForm)
    {
        Data = new Dictionary<string, string> { [ItemData.Kind] = kind },
        Style = ActionStyle.Positive,
    };
}
