using MesaBot.Bot.Resources;
using MesaBot.Cards;
using MesaBot.Records;

namespace MesaBot.Bot.Cards;

/// <summary>
/// The "Registrar en MesaBot" dialog for a chat message: what to save it as, its text (prefilled, editable),
/// and the date, owner or partner that kind needs. Submitted with Action.Submit, as task modules are.
/// </summary>
public static class SaveMessageFormCard
{
    public const string KindInput = "tipo";

    public static AdaptiveCard Build(string text, string? author, IReadOnlyList<Person> members, DateOnly today, string? defaultPersonId) =>
        new AdaptiveCard()
            .Add(new TextBlock(author is null ? Strings.SaveMessage_Intro : string.Format(Strings.SaveMessage_IntroFrom, author)) { IsSubtle = true })
            .Add(new ChoiceSetInput(KindInput, Strings.SaveMessage_KindLabel,
            [
                new Choice(Strings.SaveMessage_KindAgreement, FormInputs.Agreement),
                new Choice(Strings.SaveMessage_KindActionItem, FormInputs.ActionItem),
                new Choice(Strings.SaveMessage_KindCommitment, FormInputs.Commitment),
            ]) { Value = FormInputs.Agreement, Style = "expanded", IsRequired = true, ErrorMessage = Strings.SaveMessage_KindError })
            .Add(FormInputs.Text(Strings.SaveMessage_TextLabel) with { Value = text.Length <= ItemButtons.MaxTextLength ? text : text[..ItemButtons.MaxTextLength] })
            .Add(new DateInput("fecha", Strings.SaveMessage_DueLabel) { Min = today })
            .Add(FormInputs.Person(CardTexts.Form_Owner_Label, members, defaultPersonId))
            .Add(new TextInput("socio", Strings.SaveMessage_PartnerLabel) { Placeholder = "CChC, Corfo, BIM Fórum Chile…", MaxLength = 150 })
            .Add(new TextInput("contacto", Strings.SaveMessage_ContactLabel) { MaxLength = 150 })
            .Add(new SubmitAction(Strings.SaveMessage_Save));
}
