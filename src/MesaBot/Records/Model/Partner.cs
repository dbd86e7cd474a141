namespace MesaBot.Records;

/// <summary>An external organisation the mesas work with: its canonical name and what people also call it.</summary>
public sealed record Partner(string Name, IReadOnlyList<string> Aliases)
{
    public IEnumerable<string> AllNames => Aliases.Prepend(Name);
}
