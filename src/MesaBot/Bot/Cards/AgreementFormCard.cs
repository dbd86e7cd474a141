using MesaBot.Bot.Resources;
using MesaBot.Cards;

namespace MesaBot.Bot.Cards;

/// <summary>"Nuevo acuerdo" as a form: text and the date agreed (today by default); tipo "acuerdo".</summary>
public static class AgreementFormCard
{
    public static AdaptiveCard Build(DateOnly today) =>
        FormInputs.Start(CardTexts.Form_Agreement_Title)
            .Add(FormInputs.Text(CardTexts.Form_Agreement_Text))
            .Add(new DateInput("fecha", CardTexts.Form_AgreedOn_Label) { Value = today, IsRequired = true, ErrorMessage = CardTexts.Form_AgreedOn_Error })
            .Add(FormInputs.Save(FormInputs.Agreement));
}
