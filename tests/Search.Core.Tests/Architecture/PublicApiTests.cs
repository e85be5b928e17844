using System.Reflection;
using System.Runtime.CompilerServices;
using Search.Core.Querying;

namespace Search.Core.Tests.Architecture;

/// <summary>
/// What Search.Core offers its callers (the CLI, Search.Bench), written out by reflection and compared with
/// <c>public-api.txt</c> beside this file, as Lifti and CSharpier pin theirs: a change of the surface shows in review.
/// On a mismatch the new surface is written to <c>public-api.actual.txt</c>; read it, and copy it over if it is right.
/// </summary>
public class PublicApiTests
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    // What the compiler adds to every record; listing it would bury what was written.
    private static readonly HashSet<string> RecordMembers =
        ["Equals", "GetHashCode", "ToString", "op_Equality", "op_Inequality", "Deconstruct", "PrintMembers", "EqualityContract"];

    private static readonly NullabilityInfoContext Nullability = new();

    private static string Folder => ExpectedFile.InSourceTree("Architecture");

    [Fact]
    public void The_public_api_is_the_one_in_public_api_txt()
    {
        var actual = string.Join('\n', typeof(SearchEngine).Assembly.GetExportedTypes()
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .SelectMany(Describe)) + "\n";
        ExpectedFile.AssertMatches(Path.Combine(Folder, "public-api.txt"), actual, actualPath: Path.Combine(Folder, "public-api.actual.txt"));
    }

    private static IEnumerable<string> Describe(Type type)
    {
        // Records, class or struct, are the types the compiler gives a PrintMembers.
        var isRecord = type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Instance) is not null;
        yield return $"{Kind(type, isRecord)} {type.FullName}{Bases(type)}";
        if (type.IsEnum)
        {
            foreach (var name in Enum.GetNames(type))
            {
                yield return $"    {name}";
            }
            yield break;
        }
        var members = type.GetMembers(Declared)
            .Where(m => !m.Name.Contains('<', StringComparison.Ordinal) && !(isRecord && RecordMembers.Contains(m.Name)))
            .Where(m => m is not MethodInfo { IsSpecialName: true } method || method.Name.StartsWith("op_", StringComparison.Ordinal))
            .OrderBy(m => m is ConstructorInfo ? "" : m.Name, StringComparer.Ordinal)
            .Select(Member);
        foreach (var member in members)
        {
            yield return "    " + member;
        }
    }

    private static string Kind(Type type, bool isRecord) => type switch
    {
        { IsEnum: true } => "enum",
        { IsInterface: true } => "interface",
        { IsValueType: true } => isRecord ? "record struct" : "struct",
        { IsAbstract: true, IsSealed: true } => "static class",
        _ => (type.IsSealed ? "sealed " : "") + (isRecord ? "record" : "class"),
    };

    private static string Bases(Type type)
    {
        var bases = new List<string>();
        if (type.IsEnum)
        {
            return "";
        }
        if (type.BaseType is { } b && b != typeof(object) && b != typeof(ValueType))
        {
            bases.Add(Name(b));
        }
        // Only what the type itself declares: what its base brings, and a record's IEquatable, go without saying.
        var inherited = type.BaseType?.GetInterfaces() ?? [];
        bases.AddRange(type.GetInterfaces()
            .Where(i => !inherited.Contains(i) && !i.Name.StartsWith("IEquatable", StringComparison.Ordinal))
            .Select(i => Name(i)).Order(StringComparer.Ordinal));
        return bases.Count == 0 ? "" : " : " + string.Join(", ", bases);
    }

    private static string Member(MemberInfo member) => member switch
    {
        ConstructorInfo c => $"ctor({Parameters(c)})",
        MethodInfo m => $"{(m.IsStatic ? "static " : "")}{Name(m.ReturnType, Nullability.Create(m.ReturnParameter))} {m.Name}({Parameters(m)})",
        PropertyInfo p => $"{(p.GetMethod?.IsStatic == true ? "static " : "")}{Name(p.PropertyType, Nullability.Create(p))} {p.Name} {{ {Accessors(p)}}}",
        FieldInfo f => $"{(f.IsLiteral ? "const " : f.IsStatic ? "static " : "")}{(f.IsInitOnly ? "readonly " : "")}{Name(f.FieldType, Nullability.Create(f))} {f.Name}",
        EventInfo e => $"event {Name(e.EventHandlerType!)} {e.Name}",
        Type nested => $"nested {nested.Name}",
        _ => member.ToString()!,
    };

    private static string Accessors(PropertyInfo p) =>
        (p.GetMethod?.IsPublic == true ? "get; " : "") +
        (p.SetMethod?.IsPublic == true ? (p.SetMethod.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)) ? "init; " : "set; ") : "");

    private static string Parameters(MethodBase method) =>
        string.Join(", ", method.GetParameters().Select(p =>
            $"{(p.IsOut ? "out " : "")}{Name(p.IsOut ? p.ParameterType.GetElementType()! : p.ParameterType, Nullability.Create(p))} {p.Name}" +
            (p.HasDefaultValue ? " = " + Default(p) : "")));

    private static string Default(ParameterInfo p) => p.DefaultValue switch
    {
        null => p.ParameterType.IsValueType && Nullable.GetUnderlyingType(p.ParameterType) is null ? "default" : "null",
        bool b => b ? "true" : "false",
        string s => $"\"{s}\"",
        Enum e => $"{e.GetType().Name}.{e}",
        var v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)!,
    };

    private static string Name(Type type, NullabilityInfo? nullability = null)
    {
        var nullable = nullability?.ReadState == NullabilityState.Nullable && !type.IsValueType ? "?" : "";
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying) + "?";
        }
        if (type.IsArray)
        {
            return Name(type.GetElementType()!, nullability?.ElementType) + "[]" + nullable;
        }
        if (!type.IsGenericType)
        {
            return Simple(type) + nullable;
        }
        var arguments = type.GetGenericArguments()
            .Select((a, i) => Name(a, nullability?.GenericTypeArguments.ElementAtOrDefault(i)));
        return $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", arguments)}>{nullable}";
    }

    private static string Simple(Type type) => type == typeof(void) ? "void"
        : type == typeof(string) ? "string"
        : type == typeof(int) ? "int"
        : type == typeof(long) ? "long"
        : type == typeof(bool) ? "bool"
        : type == typeof(float) ? "float"
        : type == typeof(double) ? "double"
        : type == typeof(object) ? "object"
        : type.Name;
}
