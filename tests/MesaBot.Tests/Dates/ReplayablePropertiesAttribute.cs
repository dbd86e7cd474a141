using FsCheck.Xunit;

namespace MesaBot.Tests.Dates;

/// <summary>
/// FsCheck's <see cref="PropertiesAttribute"/> with a replay seed taken from the environment, so a CI
/// failure can be re-run exactly without editing code. FsCheck prints the seed of a failing run in the
/// test's message, e.g. "Falsifiable, after 67 tests … (13149332876806706626,300338830846290751,67)";
/// to replay it:
/// <code>MESABOT_FSCHECK_REPLAY="(13149332876806706626,300338830846290751,67)" ./test.sh --everyday --filter FullyQualifiedName~DateProperties</code>
/// Unset, each run draws a fresh seed as FsCheck always does. (Attribute arguments must be constants,
/// which is why the seed is read here rather than written in <c>[Properties(Replay = …)]</c>.)
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Module | AttributeTargets.Assembly)]
public sealed class ReplayablePropertiesAttribute : PropertiesAttribute
{
    public const string ReplayVariable = "MESABOT_FSCHECK_REPLAY";

    public ReplayablePropertiesAttribute()
    {
        if (Environment.GetEnvironmentVariable(ReplayVariable) is { Length: > 0 } seed)
        {
            Replay = seed;
        }
    }
}
