using MesaBot.Bot.Resources;
using MesaBot.Cards;

namespace MesaBot.Bot.Cards;

/// <summary>
/// "¿Te refieres a Cámara Chilena de la Construcción?" when a compromiso names a partner the directory
/// does not know exactly: one button per suggestion and one for a new partner, each sending the draft back.
/// </summary>
public static class PartnerSuggestionCard
{
    /// <summary>Four suggestions and "socio nuevo" fill the five buttons a card may have.</summary>
    public const int MaxSuggestions = 4;

    /// <param name="typed">The partner as the user wrote it; "No, es un socio nuevo" sends it as "socio" with "nuevo" = "si".</param>
    /// <param name="suggestions">Canonical names, best first.</param>
    /// <param name="draft">The original command text, sent back as "borrador" so nothing has to be typed again.</param>
    /// <param name="carried">The rest of the compromiso as already settled (date, follower, origin: <see cref="HeldCommitment"/>), sent back with every button.</param>
    public static AdaptiveCard Build(string typed, IReadOnlyList<string> suggestions, string draft, IReadOnlyDictionary<string, string>? carried = null)
    {
        Dictionary<string, string> With(Dictionary<string, string> data)
        {
            foreach (var (key, value) in carried ?? new Dictionary<string, string>())
            {
                data.TryAdd(key, value);
            }

            return data;
        }

        var question = suggestions.Count == 1
            ? CardText.Format(CardTexts.Partner_OneQuestion, suggestions[0])
            : CardText.Format(CardTexts.Partner_ManyQuestion, typed);
        var card = new AdaptiveCard()
            .Add(new TextBlock(question) { Size = TextSize.Medium, Weight = TextWeight.Bolder })
            .Add(new TextBlock(CardTexts.Partner_Why) { IsSubtle = true });
        foreach (var suggestion in suggestions.Take(MaxSuggestions))
        {
            var title = suggestions.Count == 1 ? CardText.Format(CardTexts.Partner_Yes, suggestion) : suggestion;
            card.Add(new ExecuteAction(title, CardVerbs.ChoosePartner)
            {
                Data = With(new Dictionary<string, string> { [ItemData.Partner] = suggestion, [ItemData.Draft] = draft }),
                Style = suggestions.Count == 1 ? ActionStyle.Positive : ActionStyle.Default,
            });
        }

        return card.Add(new ExecuteAction(CardTexts.Partner_New, CardVerbs.ChoosePartner)
        {
            Data = With(new Dictionary<string, string> { [ItemData.Partner] = typed, [ItemData.Draft] = draft, [ItemData.NewPartner] = "si" }),
        });
    }
}
