using MesaBot.Bot.Resources;
using MesaBot.Cards;
using MesaBot.Records;

namespace MesaBot.Bot.Cards;

/// <summary>"Nuevo compromiso" as a form: partner, contact, text, due date and who follows it up; tipo "compromiso".</summary>
public static class CommitmentFormCard
{
    public static AdaptiveCard Build(IReadOnlyList<Person> members, DateOnly today, string? defaultFollowerId = null) =>
        FormInputs.Start(CardTexts.Form_Commitment_Title)
            .Add(new TextInput("socio", CardTexts.Form_Partner_Label)
            {
                Placeholder = CardTexts.Form_Partner_Placeholder,
                MaxLength = 200,
                IsRequired = true,
                ErrorMessage = CardTexts.Form_Partner_Error,
            })
            .Add(new TextInput("contacto", CardTexts.Form_Contact_Label) { Placeholder = CardTexts.Form_Contact_Placeholder, MaxLength = 200 })
            .Add(FormInputs.Text(CardTexts.Form_Commitment_Text))
            .Add(FormInputs.Due(today))
            .Add(FormInputs.Person(CardTexts.Form_FollowedBy_Label, members, defaultFollowerId))
            .Add(FormInputs.Save(FormInputs.Commitment));
}
