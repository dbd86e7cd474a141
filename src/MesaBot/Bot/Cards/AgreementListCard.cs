using MesaBot.Bot.Resources;
using MesaBot.Cards;
using MesaBot.Records;

namespace MesaBot.Bot.Cards;

/// <summary>The answer to "acuerdos": the mesa's agreements, newest first, ten a page.</summary>
public static class AgreementListCard
{
    /// <summary>The "consulta" its "Ver más" sends.</summary>
    public const string Query = "acuerdos";

    public static AdaptiveCard Build(Mesa mesa, IReadOnlyList<Agreement> agreements, DateOnly today, bool insideMesa, int page = 1)
    {
        var card = new AdaptiveCard().Add(new TextBlock(ListTitles.Agreements(mesa)) { Size = TextSize.Large, Weight = TextWeight.Bolder });
        if (agreements.Count == 0)
        {
            return card.Add(new TextBlock(CardTexts.List_AgreementsEmpty));
        }

        var ordered = agreements.OrderByDescending(a => a.AgreedOn).ThenByDescending(a => a.Number).ToList();
        var listPage = ListPage<Agreement>.Of(ordered, page);
        if (listPage.RangeLine() is { } range)
        {
            card.Add(range with { Spacing = Spacing.None });
        }

        for (var i = 0; i < listPage.Rows.Count; i++)
        {
            card.Add(Row(mesa, listPage.Rows[i], today, insideMesa, separator: i > 0));
        }

        if (listPage.ShowMore(Query, mesa.Id) is { } more)
        {
            card.Add(more);
        }

        return card;
    }

    private static Container Row(Mesa mesa, Agreement agreement, DateOnly today, bool insideMesa, bool separator)
    {
        var details = string.Join(" · ", new[] { DateText.Short(agreement.AgreedOn, today), agreement.Session, agreement.Author.Name }
            .Where(d => !string.IsNullOrWhiteSpace(d)));
        var text = new TextRun(" " + CardText.Truncate(agreement.Text, CardText.RowTextLength)) { Strikethrough = agreement.IsAnnulled, IsSubtle = agreement.IsAnnulled };
        List<CardElement> items =
        [
            new RichTextBlock([new TextRun(agreement.Ref.Format(mesa.Code, insideMesa)) { Weight = TextWeight.Bolder }, text]),
            new TextBlock(details) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
        ];
        if (agreement.Annulment is { } annulment)
        {
            // The word, not only the strike, so a screen reader says it too.
            items.Add(new TextBlock(CardText.Format(CardTexts.Agreement_AnnulledRow, CardText.Truncate(annulment.Reason, CardText.RowTextLength)))
            {
                Weight = TextWeight.Bolder, Size = TextSize.Small, Spacing = Spacing.None,
            });
        }

        if (agreement.IsFollowed)
        {
            items.Add(new TextBlock(CardTexts.Agreement_FollowedRow) { Weight = TextWeight.Bolder, Size = TextSize.Small, Spacing = Spacing.None, Color = TextColor.Accent });
        }

        return new Container(items) { Separator = separator, Spacing = Spacing.Small };
    }
}
