<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BandCoverage</name>
    <message>
        <source>there are no bands</source>
        <translation>there are no bands</translation>
    </message>
    <message>
        <source>the band for rating %1 is empty (from %2 to %3)</source>
        <translation>the band for rating %1 is empty (from %2 to %3)</translation>
    </message>
    <message>
        <source>values below %1 fall into no band</source>
        <translation>values below %1 fall into no band</translation>
    </message>
    <message>
        <source>values above %1 fall into no band</source>
        <translation>values above %1 fall into no band</translation>
    </message>
    <message>
        <source>the bands for ratings %1 and %2 overlap</source>
        <translation>the bands for ratings %1 and %2 overlap</translation>
    </message>
    <message>
        <source>the bands for ratings %1 and %2 leave a gap between %3 and %4</source>
        <translation>the bands for ratings %1 and %2 leave a gap between %3 and %4</translation>
    </message>
    <message>
        <source>the bands for ratings %1 and %2 overlap between %3 and %4</source>
        <translation>the bands for ratings %1 and %2 overlap between %3 and %4</translation>
    </message>
    <message>
        <source>the bands for ratings %1 and %2 both include %3</source>
        <translation>the bands for ratings %1 and %2 both include %3</translation>
    </message>
    <message>
        <source>the value %3 falls between the bands for ratings %1 and %2</source>
        <translation>the value %3 falls between the bands for ratings %1 and %2</translation>
    </message>
</context>
<context>
    <name>CatalogCommand</name>
    <message>
        <source>Print a criteria catalog, or check a catalog file.</source>
        <translation>Print a criteria catalog, or check a catalog file.</translation>
    </message>
    <message>
        <source>Prints the built-in criteria catalog, or the one in --file, in one language. With --check it only validates the file and lists every problem found.</source>
        <translation>Prints the built-in criteria catalog, or the one in --file, in one language. With --check it only validates the file and lists every problem found.</translation>
    </message>
    <message>
        <source>Language of the texts: fi, sv or en.</source>
        <translation>Language of the texts: fi, sv or en.</translation>
    </message>
    <message>
        <source>Read the catalog from &lt;path&gt;.</source>
        <translation>Read the catalog from &lt;path&gt;.</translation>
    </message>
    <message>
        <source>Only validate the catalog.</source>
        <translation>Only validate the catalog.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unexpected argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; use fi, sv or en</source>
        <translation>unknown language &quot;%1&quot;; use fi, sv or en</translation>
    </message>
    <message numerus="yes">
        <source>laatu-cli catalog: %1 is not a valid catalog (%n problem(s)):</source>
        <translation>
            <numerusform>laatu-cli catalog: %1 is not a valid catalog (%n problem):</numerusform>
            <numerusform>laatu-cli catalog: %1 is not a valid catalog (%n problems):</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: valid catalog %2 version %3, %4 criteria in %5 sections, languages %6</source>
        <translation>%1: valid catalog %2 version %3, %4 criteria in %5 sections, languages %6</translation>
    </message>
    <message>
        <source>the catalog has no texts in &quot;%1&quot; (it has %2)</source>
        <translation>the catalog has no texts in &quot;%1&quot; (it has %2)</translation>
    </message>
    <message>
        <source>Suggested from: %1</source>
        <translation>Suggested from: %1</translation>
    </message>
    <message>
        <source>Suggested from the elements present:</source>
        <translation>Suggested from the elements present:</translation>
    </message>
</context>
<context>
    <name>CatalogParser</name>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>not valid JSON at byte %1: %2</translation>
    </message>
    <message>
        <source>the catalog must be a JSON object</source>
        <translation>the catalog must be a JSON object</translation>
    </message>
    <message>
        <source>not a Laatu criteria catalog (&quot;format&quot; must be &quot;%1&quot;)</source>
        <translation>not a Laatu criteria catalog (&quot;format&quot; must be &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>catalog format version %1 is newer than this Laatu reads (%2); update Laatu</source>
        <translation>catalog format version %1 is newer than this Laatu reads (%2); update Laatu</translation>
    </message>
    <message>
        <source>&quot;formatVersion&quot; must be %1</source>
        <translation>&quot;formatVersion&quot; must be %1</translation>
    </message>
    <message>
        <source>the catalog has no sections</source>
        <translation>the catalog has no sections</translation>
    </message>
    <message>
        <source>section %1</source>
        <translation>section %1</translation>
    </message>
    <message>
        <source>duplicate section id</source>
        <translation>duplicate section id</translation>
    </message>
    <message>
        <source>the section has no criteria</source>
        <translation>the section has no criteria</translation>
    </message>
    <message>
        <source>%1, criterion %2</source>
        <translation>%1, criterion %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter language code</source>
        <translation>&quot;%1&quot; is not a two-letter language code</translation>
    </message>
    <message>
        <source>the catalog must name at least one language</source>
        <translation>the catalog must name at least one language</translation>
    </message>
    <message>
        <source>the catalog id &quot;%1&quot; may hold only a-z, 0-9 and single hyphens</source>
        <translation>the catalog id &quot;%1&quot; may hold only a-z, 0-9 and single hyphens</translation>
    </message>
    <message>
        <source>ratingScale</source>
        <translation>ratingScale</translation>
    </message>
    <message>
        <source>the scale must run upwards within 0-100</source>
        <translation>the scale must run upwards within 0-100</translation>
    </message>
    <message>
        <source>evidence source %1</source>
        <translation>evidence source %1</translation>
    </message>
    <message>
        <source>duplicate evidence source &quot;%1&quot;</source>
        <translation>duplicate evidence source &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the catalog defines no levels</source>
        <translation>the catalog defines no levels</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>level %1</translation>
    </message>
    <message>
        <source>&quot;incomplete&quot; is reserved for reviews with unrated criteria</source>
        <translation>&quot;incomplete&quot; is reserved for reviews with unrated criteria</translation>
    </message>
    <message>
        <source>duplicate level key &quot;%1&quot;</source>
        <translation>duplicate level key &quot;%1&quot;</translation>
    </message>
    <message>
        <source>two levels start at the same total %1</source>
        <translation>two levels start at the same total %1</translation>
    </message>
    <message>
        <source>totals from %1 to %2 fall into no level; the lowest level must start at %1 or below</source>
        <translation>totals from %1 to %2 fall into no level; the lowest level must start at %1 or below</translation>
    </message>
    <message>
        <source>criterion %1</source>
        <translation>criterion %1</translation>
    </message>
    <message>
        <source>the id may hold only a-z, 0-9 and single hyphens</source>
        <translation>the id may hold only a-z, 0-9 and single hyphens</translation>
    </message>
    <message>
        <source>duplicate criterion id</source>
        <translation>duplicate criterion id</translation>
    </message>
    <message>
        <source>%1, anchor %2</source>
        <translation>%1, anchor %2</translation>
    </message>
    <message>
        <source>%1, anchor for rating %2</source>
        <translation>%1, anchor for rating %2</translation>
    </message>
    <message>
        <source>rating outside the scale %1-%2</source>
        <translation>rating outside the scale %1-%2</translation>
    </message>
    <message>
        <source>a second anchor for the same rating</source>
        <translation>a second anchor for the same rating</translation>
    </message>
    <message>
        <source>the anchor for rating %1 is missing</source>
        <translation>the anchor for rating %1 is missing</translation>
    </message>
    <message>
        <source>unknown evidence source &quot;%1&quot;</source>
        <translation>unknown evidence source &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1, suggestion</source>
        <translation>%1, suggestion</translation>
    </message>
    <message>
        <source>the catalog declares %1 criteria but holds %2</source>
        <translation>the catalog declares %1 criteria but holds %2</translation>
    </message>
    <message>
        <source>number %1 is used twice</source>
        <translation>number %1 is used twice</translation>
    </message>
    <message>
        <source>criterion number %1 is missing</source>
        <translation>criterion number %1 is missing</translation>
    </message>
    <message>
        <source>criteria must be listed in the order of their numbers</source>
        <translation>criteria must be listed in the order of their numbers</translation>
    </message>
</context>
<context>
    <name>CatalogReader</name>
    <message>
        <source>The catalog file %1 does not exist.</source>
        <translation>The catalog file %1 does not exist.</translation>
    </message>
    <message>
        <source>The catalog file %1 is too large (%2 bytes; at most %3 bytes).</source>
        <translation>The catalog file %1 is too large (%2 bytes; at most %3 bytes).</translation>
    </message>
    <message>
        <source>The catalog file %1 cannot be read: %2.</source>
        <translation>The catalog file %1 cannot be read: %2.</translation>
    </message>
</context>
<context>
    <name>CommandParser</name>
    <message>
        <source>laatu-cli %1: %2</source>
        <translation>laatu-cli %1: %2</translation>
    </message>
    <message>
        <source>Try &apos;laatu-cli %1 --help&apos;.</source>
        <translation>Try &apos;laatu-cli %1 --help&apos;.</translation>
    </message>
</context>
<context>
    <name>CriterionHtml</name>
    <message>
        <source>Suggested from:</source>
        <translation>Suggested from:</translation>
    </message>
    <message>
        <source>Computed from: %1</source>
        <translation>Computed from: %1</translation>
    </message>
    <message numerus="yes">
        <source>Suggested from the elements present (%n element(s)):</source>
        <translation>
            <numerusform>Suggested from the elements present (%n element):</numerusform>
            <numerusform>Suggested from the elements present (%n elements):</numerusform>
        </translation>
    </message>
    <message>
        <source>Rated against the anchors; no suggestion from numbers.</source>
        <translation>Rated against the anchors; no suggestion from numbers.</translation>
    </message>
    <message>
        <source>Evidence to collect</source>
        <translation>Evidence to collect</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources:</translation>
    </message>
    <message>
        <source>Anchors</source>
        <translation>Anchors</translation>
    </message>
    <message>
        <source>Suggested rating</source>
        <translation>Suggested rating</translation>
    </message>
    <message numerus="yes">
        <source>%n criteria</source>
        <translation>
            <numerusform>%n criterion</numerusform>
            <numerusform>%n criteria</numerusform>
        </translation>
    </message>
    <message>
        <source>Catalog %1, version %2</source>
        <translation>Catalog %1, version %2</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Fidelity levels</source>
        <translation>Fidelity levels</translation>
    </message>
    <message>
        <source>Choose a criterion on the left to see its definition and anchors.</source>
        <translation>Choose a criterion on the left to see its definition and anchors.</translation>
    </message>
</context>
<context>
    <name>JsonChecker</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>&quot;%1&quot; is missing</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a non-empty text</source>
        <translation>&quot;%1&quot; must be a non-empty text</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>&quot;%1&quot; must be a whole number</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>must be a number</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>must be an object with a text per language</source>
        <translation>must be an object with a text per language</translation>
    </message>
    <message>
        <source>the %1 text must be a string</source>
        <translation>the %1 text must be a string</translation>
    </message>
    <message>
        <source>text missing in language &quot;%1&quot;</source>
        <translation>text missing in language &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>&quot;%1&quot; must be a list</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; must be true or false</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Laatu</source>
        <translation>Laatu</translation>
    </message>
    <message>
        <source>Criteria catalog</source>
        <translation>Criteria catalog</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Criterion details</source>
        <translation>Criterion details</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Open Catalog File…</source>
        <translation>&amp;Open Catalog File…</translation>
    </message>
    <message>
        <source>Use the &amp;Built-in Catalog</source>
        <translation>Use the &amp;Built-in Catalog</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About Laatu</source>
        <translation>&amp;About Laatu</translation>
    </message>
</context>
<context>
    <name>RatingList</name>
    <message>
        <source>expected %1 ratings separated by commas (one per criterion in catalog order, - for not rated), got %2</source>
        <translation>expected %1 ratings separated by commas (one per criterion in catalog order, - for not rated), got %2</translation>
    </message>
    <message>
        <source>rating %1 (%2) is &quot;%3&quot;; use a whole number %4-%5 or - for not rated</source>
        <translation>rating %1 (%2) is &quot;%3&quot;; use a whole number %4-%5 or - for not rated</translation>
    </message>
</context>
<context>
    <name>RuleParser</name>
    <message>
        <source>unknown suggestion kind &quot;%1&quot; (expected descriptive, bands or elements)</source>
        <translation>unknown suggestion kind &quot;%1&quot; (expected descriptive, bands or elements)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must say true or false when &quot;%2&quot; is given</source>
        <translation>&quot;%1&quot; must say true or false when &quot;%2&quot; is given</translation>
    </message>
    <message>
        <source>unknown computation &quot;%1&quot; (expected ratio or percent)</source>
        <translation>unknown computation &quot;%1&quot; (expected ratio or percent)</translation>
    </message>
    <message>
        <source>a numeric rule needs exactly two inputs (numerator and denominator), found %1</source>
        <translation>a numeric rule needs exactly two inputs (numerator and denominator), found %1</translation>
    </message>
    <message>
        <source>%1, input %2</source>
        <translation>%1, input %2</translation>
    </message>
    <message>
        <source>%1, minimum</source>
        <translation>%1, minimum</translation>
    </message>
    <message>
        <source>%1, maximum</source>
        <translation>%1, maximum</translation>
    </message>
    <message>
        <source>%1, band %2</source>
        <translation>%1, band %2</translation>
    </message>
    <message>
        <source>rating %1 is outside the scale %2-%3</source>
        <translation>rating %1 is outside the scale %2-%3</translation>
    </message>
    <message>
        <source>a counted rule needs at least one element</source>
        <translation>a counted rule needs at least one element</translation>
    </message>
    <message>
        <source>%1, element %2</source>
        <translation>%1, element %2</translation>
    </message>
    <message>
        <source>duplicate element key &quot;%1&quot;</source>
        <translation>duplicate element key &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;ratingByCount&quot; needs one rating for each count from 0 to %1 (%2 values), found %3</source>
        <translation>&quot;ratingByCount&quot; needs one rating for each count from 0 to %1 (%2 values), found %3</translation>
    </message>
    <message>
        <source>&quot;ratingByCount&quot; for %1 elements must be a whole rating %2-%3</source>
        <translation>&quot;ratingByCount&quot; for %1 elements must be a whole rating %2-%3</translation>
    </message>
    <message>
        <source>&quot;ratingByCount&quot; must not fall as more elements are present (%1 elements give %2)</source>
        <translation>&quot;ratingByCount&quot; must not fall as more elements are present (%1 elements give %2)</translation>
    </message>
</context>
<context>
    <name>ScoreCommand</name>
    <message>
        <source>Score ratings: total, mean, level and section subtotals.</source>
        <translation>Score ratings: total, mean, level and section subtotals.</translation>
    </message>
    <message>
        <source>Scores one set of ratings given in catalog order. With two or more --rater lists it also reports how far the reviewers agree.</source>
        <translation>Scores one set of ratings given in catalog order. With two or more --rater lists it also reports how far the reviewers agree.</translation>
    </message>
    <message>
        <source>The consensus ratings: one value per criterion in catalog order, separated by commas; 1-5 or - for not rated.</source>
        <translation>The consensus ratings: one value per criterion in catalog order, separated by commas; 1-5 or - for not rated.</translation>
    </message>
    <message>
        <source>One reviewer&apos;s own ratings in the same form; give it once per reviewer.</source>
        <translation>One reviewer&apos;s own ratings in the same form; give it once per reviewer.</translation>
    </message>
    <message>
        <source>Print the score card as JSON.</source>
        <translation>Print the score card as JSON.</translation>
    </message>
    <message>
        <source>--ratings is required</source>
        <translation>--ratings is required</translation>
    </message>
    <message>
        <source>--ratings: %1</source>
        <translation>--ratings: %1</translation>
    </message>
    <message>
        <source>reviewer %1</source>
        <translation>reviewer %1</translation>
    </message>
    <message>
        <source>--rater %1: %2</source>
        <translation>--rater %1: %2</translation>
    </message>
    <message>
        <source>give --rater at least twice to compare reviewers</source>
        <translation>give --rater at least twice to compare reviewers</translation>
    </message>
</context>
<context>
    <name>SuggestCommand</name>
    <message>
        <source>Suggest the rating for a criterion from the evidence.</source>
        <translation>Suggest the rating for a criterion from the evidence.</translation>
    </message>
    <message>
        <source>Prints the rating the catalog suggests for a numeric or counted criterion.
VALUE is the number behind a numeric criterion (18, 6.5), or the two counts it is computed from as A/B (45/2.5 clients per full-time coach, 17/20 jobs for a share), or for a counted criterion the number of elements present.</source>
        <translation>Prints the rating the catalog suggests for a numeric or counted criterion.
VALUE is the number behind a numeric criterion (18, 6.5), or the two counts it is computed from as A/B (45/2.5 clients per full-time coach, 17/20 jobs for a share), or for a counted criterion the number of elements present.</translation>
    </message>
    <message>
        <source>Criterion id, e.g. caseload.</source>
        <translation>Criterion id, e.g. caseload.</translation>
    </message>
    <message>
        <source>The evidence value.</source>
        <translation>The evidence value.</translation>
    </message>
    <message>
        <source>expected a criterion id and a value</source>
        <translation>expected a criterion id and a value</translation>
    </message>
    <message>
        <source>unknown criterion &quot;%1&quot;; see &apos;laatu-cli catalog&apos; for the ids</source>
        <translation>unknown criterion &quot;%1&quot;; see &apos;laatu-cli catalog&apos; for the ids</translation>
    </message>
    <message>
        <source>criterion &quot;%1&quot; is descriptive: the reviewers rate it against the anchors, there is no suggestion</source>
        <translation>criterion &quot;%1&quot; is descriptive: the reviewers rate it against the anchors, there is no suggestion</translation>
    </message>
    <message>
        <source>&quot;%1&quot; counts elements present: give a whole number from 0 to %2, not &quot;%3&quot;</source>
        <translation>&quot;%1&quot; counts elements present: give a whole number from 0 to %2, not &quot;%3&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (or A/B with B not 0)</source>
        <translation>&quot;%1&quot; is not a number (or A/B with B not 0)</translation>
    </message>
    <message>
        <source>%1 is outside the range of &quot;%2&quot; (%3 to %4)</source>
        <translation>%1 is outside the range of &quot;%2&quot; (%3 to %4)</translation>
    </message>
</context>
<context>
    <name>Translator</name>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
</context>
<context>
    <name>laatu-cli</name>
    <message>
        <source>Use the criteria catalog in &lt;file&gt; instead of the built-in one.</source>
        <translation>Use the criteria catalog in &lt;file&gt; instead of the built-in one.</translation>
    </message>
    <message>
        <source>laatu-cli: the catalog %1 is not valid:</source>
        <translation>laatu-cli: the catalog %1 is not valid:</translation>
    </message>
    <message>
        <source>Usage: laatu-cli [--help] [--version] &lt;command&gt; [options]

Laatu: IPS fidelity reviews against the 25 quality criteria.

Commands:
</source>
        <translation>Usage: laatu-cli [--help] [--version] &lt;command&gt; [options]

Laatu: IPS fidelity reviews against the 25 quality criteria.

Commands:
</translation>
    </message>
    <message>
        <source>
&apos;laatu-cli &lt;command&gt; --help&apos; describes a command.

Exit codes: 0 ok, 2 wrong usage, 3 bad input file, 4 database problem.
</source>
        <translation>
&apos;laatu-cli &lt;command&gt; --help&apos; describes a command.

Exit codes: 0 ok, 2 wrong usage, 3 bad input file, 4 database problem.
</translation>
    </message>
    <message>
        <source>laatu-cli: no command given</source>
        <translation>laatu-cli: no command given</translation>
    </message>
    <message>
        <source>laatu-cli: unknown command &quot;%1&quot;</source>
        <translation>laatu-cli: unknown command &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Try &apos;laatu-cli --help&apos;.</source>
        <translation>Try &apos;laatu-cli --help&apos;.</translation>
    </message>
</context>
<context>
    <name>laatu::ScoreCard</name>
    <message>
        <source>rating for unknown criterion &quot;%1&quot;</source>
        <translation>rating for unknown criterion &quot;%1&quot;</translation>
    </message>
    <message>
        <source>rating %1 of &quot;%2&quot; is outside the scale %3-%4</source>
        <translation>rating %1 of &quot;%2&quot; is outside the scale %3-%4</translation>
    </message>
</context>
<context>
    <name>laatu::gui::MainWindow</name>
    <message>
        <source>Laatu – %1</source>
        <translation>Laatu – %1</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>System Language</translation>
    </message>
    <message>
        <source>%1 · version %2</source>
        <translation>%1 · version %2</translation>
    </message>
    <message numerus="yes">
        <source>Catalog %1 %2: %n criteria</source>
        <translation>
            <numerusform>Catalog %1 %2: %n criterion</numerusform>
            <numerusform>Catalog %1 %2: %n criteria</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Criteria Catalog</source>
        <translation>Open Criteria Catalog</translation>
    </message>
    <message>
        <source>Laatu catalogs (*.json);;All files (*)</source>
        <translation>Laatu catalogs (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Catalog Not Loaded</source>
        <translation>Catalog Not Loaded</translation>
    </message>
    <message>
        <source>%1 is not a valid criteria catalog, so the current catalog stays in use.

Problems found:
%2</source>
        <translation>%1 is not a valid criteria catalog, so the current catalog stays in use.

Problems found:
%2</translation>
    </message>
    <message>
        <source>About Laatu</source>
        <translation>About Laatu</translation>
    </message>
    <message>
        <source>Laatu %1

IPS fidelity reviews against the 25 quality criteria: rate, agree, score and report, offline.

The criteria texts are written for Laatu from the public description of the scale; an organisation can load its own catalog file.</source>
        <translation>Laatu %1

IPS fidelity reviews against the 25 quality criteria: rate, agree, score and report, offline.

The criteria texts are written for Laatu from the public description of the scale; an organisation can load its own catalog file.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Laatu: IPS fidelity reviews against the 25 quality criteria.</source>
        <translation>Laatu: IPS fidelity reviews against the 25 quality criteria.</translation>
    </message>
    <message>
        <source>Show the criteria catalog in &lt;file&gt; instead of the built-in one.</source>
        <translation>Show the criteria catalog in &lt;file&gt; instead of the built-in one.</translation>
    </message>
    <message>
        <source>Show the main window, let pending events run, then exit (for start-up measurements).</source>
        <translation>Show the main window, let pending events run, then exit (for start-up measurements).</translation>
    </message>
    <message>
        <source>Try &apos;laatu --help&apos;.</source>
        <translation>Try &apos;laatu --help&apos;.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;; try &apos;laatu --help&apos;.</source>
        <translation>unexpected argument &quot;%1&quot;; try &apos;laatu --help&apos;.</translation>
    </message>
    <message>
        <source>Laatu Cannot Start</source>
        <translation>Laatu Cannot Start</translation>
    </message>
    <message>
        <source>Catalog Not Loaded</source>
        <translation>Catalog Not Loaded</translation>
    </message>
    <message>
        <source>%1 is not a valid criteria catalog; Laatu shows the built-in catalog instead.

Problems found:
• %2</source>
        <translation>%1 is not a valid criteria catalog; Laatu shows the built-in catalog instead.

Problems found:
• %2</translation>
    </message>
</context>
</TS>
