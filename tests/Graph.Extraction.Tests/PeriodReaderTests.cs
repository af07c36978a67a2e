using Graph.Extraction.Periods;

namespace Graph.Extraction.Tests;

public sealed class PeriodReaderTests
{
    private static PeriodList Single(string text) => Assert.Single(PeriodReader.Read(text, 0, text.Length));

    [Fact]
    public void Year_list_takes_the_month_and_day_of_its_dated_entry()
    {
        var list = Single("for the years ended December 31, 2022,2023 and 2024, respectively");
        Assert.Equal([2022, 2023, 2024], list.Items.Select(p => p.Year));
        Assert.All(list.Items, p => Assert.Equal(new DateOnly(p.Year, 12, 31), p.Date));
        Assert.Equal(PeriodFrame.Span, list.Frame);
    }

    [Fact]
    public void Balance_dates_are_points()
    {
        var list = Single("as of December 31, 2019 and June 30, 2020, respectively");
        Assert.Equal(PeriodFrame.Point, list.Frame);
        Assert.Equal([new DateOnly(2019, 12, 31), new DateOnly(2020, 6, 30)], list.Items.Select(p => p.Date!.Value));
    }

    [Fact]
    public void Three_and_six_months_ended_one_date_are_two_interim_periods()
    {
        var list = Single("For the three and six months ended June 30, 2021, the Company incurred");
        Assert.Equal(["3M", "6M"], list.Items.Select(p => p.Duration!));
        Assert.All(list.Items, p => Assert.Equal(new DateOnly(2021, 6, 30), p.Date));
    }

    [Fact]
    public void Nine_months_ended_is_9M()
    {
        var list = Single("for the nine months ended September 30, 2014 and 2013 was");
        Assert.All(list.Items, p => Assert.Equal("9M", p.Duration));
        Assert.Equal([2014, 2013], list.Items.Select(p => p.Year));
    }

    [Fact]
    public void Fiscal_year_ending_in_june_is_the_year_it_ends()
    {
        var list = Single("for the fiscal year ended June 30, 2024");
        Assert.Equal(2024, Assert.Single(list.Items).Year);
    }

    [Theory]
    [InlineData("RMB 2019 thousand")]
    [InlineData("a 2,019 balance")]
    [InlineData("rate of 2020% ")]
    public void Numbers_that_are_amounts_are_not_years(string text) => Assert.Empty(PeriodReader.Read(text, 0, text.Length));
}
