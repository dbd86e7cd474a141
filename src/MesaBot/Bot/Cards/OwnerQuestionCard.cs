using MesaBot.Bot.Resources;
using MesaBot.Cards;
using MesaBot.Records;

namespace MesaBot.Bot.Cards;

/// <summary>
/// "¿Quién es responsable?" for a tarea that @mentions nobody: a button for a roster member the text names
/// without @ ("con Jorge Contreras"), "Yo", and the rest of the roster in a list. Nothing is created before
/// the answer; every button carries the whole tarea (<see cref="HeldTask"/>).
/// </summary>
public static class OwnerQuestionCard
{
    public static AdaptiveCard Build(HeldTask task, DateOnly due, Person author, Person? named, IReadOnlyList<Person> members)
    {
        var card = new AdaptiveCard()
            .Add(new TextBlock(CardTexts.OwnerQuestion_Title) { Size = TextSize.Medium, Weight = TextWeight.Bolder })
            .Add(new TextBlock(named is null
                ? CardText.Format(CardTexts.OwnerQuestion_Body, CardText.Truncate(task.Text, CardText.RowTextLength))
                : CardText.Format(CardTexts.OwnerQuestion_Named, named.Name)));
        if (named is not null && !named.IsSamePerson(author))
        {
            card.Add(new ExecuteAction(named.Name, CardVerbs.CreateHeldTask) { Data = task.Data(due, ownerId: named.ObjectId), Style = ActionStyle.Positive });
        }

        card.Add(new ExecuteAction(CardTexts.OwnerQuestion_Me, CardVerbs.CreateHeldTask) { Data = task.Data(due, ownerId: author.ObjectId) });
        var others = members.Where(m => !m.IsSamePerson(author) && (named is null || !m.IsSamePerson(named))).ToList();
        if (others.Count > 0)
        {
            var choices = others.Select(m => new Choice(m.Name, m.ObjectId)).ToList();
            card.Add(new ShowCardAction(CardTexts.OwnerQuestion_Other, new AdaptiveCard()
                .Add(new ChoiceSetInput(HeldTask.OwnerKey, CardTexts.OwnerQuestion_Other, choices) { IsRequired = true, ErrorMessage = CardTexts.OwnerQuestion_PickError })
                .Add(new ExecuteAction(CardTexts.OwnerQuestion_Assign, CardVerbs.CreateHeldTask) { Data = task.Data(due), Style = ActionStyle.Positive })));
        }

        return card;
    }
}
