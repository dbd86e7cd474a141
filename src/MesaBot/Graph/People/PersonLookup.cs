using System.Diagnostics.CodeAnalysis;
using MesaBot.Records;

namespace MesaBot.Graph;

/// <summary>A person of the tenant with what Graph or the roster told about them.</summary>
public sealed record DirectoryPerson(Person Person, string? Mail, string? UserPrincipalName);

public enum PersonLookupFailure
{
    /// <summary>No such user in the directory, or not in this conversation.</summary>
    NotFound,

    /// <summary>A guest (#EXT#, userType Guest) or a member of another tenant: tasks go to people of the ministry.</summary>
    OutsideTenant,

    /// <summary>The text is not an e-mail address / object id.</summary>
    InvalidInput,

    /// <summary>Graph is off (Development) and the roster cannot answer this question.</summary>
    NotConfigured,

    /// <summary>Graph or the roster failed (throttled, down, permission missing); worth trying later.</summary>
    DirectoryUnavailable,
}

/// <summary>Either the person found, or why not with the Spanish sentence to answer the user.</summary>
public sealed record PersonLookup
{
    private PersonLookup(DirectoryPerson? person, PersonLookupFailure? failure, string? message)
    {
        Person = person;
        Failure = failure;
        Message = message;
    }

    public DirectoryPerson? Person { get; }

    public PersonLookupFailure? Failure { get; }

    /// <summary>For the user, in Spanish; null when the person was found.</summary>
    public string? Message { get; }

    [MemberNotNullWhen(true, nameof(Person))]
    [MemberNotNullWhen(false, nameof(Failure), nameof(Message))]
    public bool Found => Person is not null;

    public static PersonLookup Success(DirectoryPerson person) => new(person, null, null);

    public static PersonLookup Failed(PersonLookupFailure failure, string message) => new(null, failure, message);
}
