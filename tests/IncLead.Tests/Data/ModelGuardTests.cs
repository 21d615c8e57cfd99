using System.Collections.Immutable;
using IncLead.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace IncLead.Tests.Data;

/// <summary>
/// SQL Server rejects models that SQLite accepts. No SQL Server runs on the build machines, so the production model is
/// checked here for the known traps.
/// </summary>
public sealed class ModelGuardTests
{
    private static readonly IModel Model = new SqlServerDesignTimeFactory().CreateDbContext([]).Model;

    [Fact]
    public void No_table_can_be_reached_by_two_cascade_delete_paths()
    {
        // An owned type kept in its owner's table (a cover sheet's content) is no foreign key in the database.
        var cascades = Model.GetEntityTypes().SelectMany(e => e.GetForeignKeys())
            .Where(fk => fk.DeleteBehavior == DeleteBehavior.Cascade && !fk.IsOwnership)
            .Select(fk => (Principal: fk.PrincipalEntityType.GetTableName()!, Dependent: fk.DeclaringEntityType.GetTableName()!))
            .ToList();
        // SQL Server refuses a cascade that comes back to a table it passed through, so a cycle is reported, not followed.
        var cycles = new List<string>();

        int Paths(string from, string to, ImmutableStack<string> through)
        {
            if (through.Contains(from))
            {
                cycles.Add(string.Join(" -> ", through.Reverse().Append(from)));
                return 0;
            }
            return cascades.Where(c => c.Principal == from).Sum(c => c.Dependent == to ? 1 : Paths(c.Dependent, to, through.Push(from)));
        }

        var tables = cascades.SelectMany(c => new[] { c.Principal, c.Dependent }).Distinct().ToList();
        var multiple = (from a in tables from b in tables where a != b && Paths(a, b, ImmutableStack<string>.Empty) > 1 select $"{a} -> {b}").ToList();
        Assert.Empty(multiple);
        Assert.Empty(cycles.Distinct());
    }

    [Fact]
    public void Every_indexed_or_key_string_column_has_a_maximum_length()
    {
        var unbounded = Model.GetEntityTypes()
            .SelectMany(e => e.GetIndexes().SelectMany(i => i.Properties).Concat(e.GetKeys().SelectMany(k => k.Properties)))
            .Where(p => p.ClrType == typeof(string) && p.GetRelationalTypeMapping().StoreType.Contains("max", StringComparison.OrdinalIgnoreCase))
            .Select(p => $"{p.DeclaringType.DisplayName()}.{p.Name}")
            .Distinct().ToList();
        Assert.Empty(unbounded);
    }

    [Fact]
    public void Every_decimal_has_an_explicit_precision()
    {
        var loose = Model.GetEntityTypes().SelectMany(e => e.GetProperties())
            .Where(p => Nullable.GetUnderlyingType(p.ClrType) is { } t ? t == typeof(decimal) : p.ClrType == typeof(decimal))
            .Where(p => p.GetPrecision() is null)
            .Select(p => $"{p.DeclaringType.DisplayName()}.{p.Name}").ToList();
        Assert.Empty(loose);
    }

    [Fact]
    public void Organisation_owned_entities_are_filtered_by_organisation()
    {
        var unfiltered = Model.GetEntityTypes()
            .Where(e => typeof(Web.Domain.IOrganisationOwned).IsAssignableFrom(e.ClrType))
            .Where(e => e.GetDeclaredQueryFilters().Count == 0)
            .Select(e => e.DisplayName()).ToList();
        Assert.Empty(unfiltered);
    }
}
