<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Review Log</source>
        <translation>Review Log</translation>
    </message>
    <message>
        <source>Review log</source>
        <translation>Review log</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Make a verified backup of the database and rotate old ones.</source>
        <translation>Make a verified backup of the database and rotate old ones.</translation>
    </message>
    <message>
        <source>Copies the database through SQLite (VACUUM INTO), checks the copy, and keeps the newest backup of each of the last 7 days, 5 weeks and 12 months.</source>
        <translation>Copies the database through SQLite (VACUUM INTO), checks the copy, and keeps the newest backup of each of the last 7 days, 5 weeks and 12 months.</translation>
    </message>
    <message>
        <source>Backup folder (default: laatu-backups beside the database).</source>
        <translation>Backup folder (default: laatu-backups beside the database).</translation>
    </message>
    <message>
        <source>Backup written and checked: %1</source>
        <translation>Backup written and checked: %1</translation>
    </message>
    <message>
        <source>Old backup rotated out: %1</source>
        <translation>Old backup rotated out: %1</translation>
    </message>
</context>
<context>
    <name>BackupRestore</name>
    <message>
        <source>The backup cannot be restored: %1</source>
        <translation>The backup cannot be restored: %1</translation>
    </message>
    <message>
        <source>%1 is not a regular file; nothing was restored.</source>
        <translation>%1 is not a regular file; nothing was restored.</translation>
    </message>
    <message>
        <source>The database is open in Laatu; close it before restoring a backup.</source>
        <translation>The database is open in Laatu; close it before restoring a backup.</translation>
    </message>
    <message>
        <source>The restored database cannot be written beside %1: %2.</source>
        <translation>The restored database cannot be written beside %1: %2.</translation>
    </message>
    <message>
        <source>The restored database cannot be named %1: %2.</source>
        <translation>The restored database cannot be named %1: %2.</translation>
    </message>
    <message>
        <source>restoring the backup</source>
        <translation>restoring the backup</translation>
    </message>
    <message>
        <source>The restored database %1 cannot be made private.</source>
        <translation>The restored database %1 cannot be made private.</translation>
    </message>
    <message>
        <source>%1 cannot be moved aside for the restore.</source>
        <translation>%1 cannot be moved aside for the restore.</translation>
    </message>
    <message>
        <source>%1 cannot be kept aside for the restore: %2.</source>
        <translation>%1 cannot be kept aside for the restore: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be kept aside for the restore: no free name.</source>
        <translation>%1 cannot be kept aside for the restore: no free name.</translation>
    </message>
    <message>
        <source>The restored database cannot use write-ahead logging on this disk (it reports &quot;%1&quot;).</source>
        <translation>The restored database cannot use write-ahead logging on this disk (it reports &quot;%1&quot;).</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>making a backup</source>
        <translation>making a backup</translation>
    </message>
    <message>
        <source>An unfinished backup %1 is in the way.</source>
        <translation>An unfinished backup %1 is in the way.</translation>
    </message>
    <message>
        <source>The new backup did not pass its check (%1); it was discarded.</source>
        <translation>The new backup did not pass its check (%1); it was discarded.</translation>
    </message>
    <message>
        <source>The backup could not be named %1.</source>
        <translation>The backup could not be named %1.</translation>
    </message>
    <message>
        <source>The old backup %1 cannot be removed.</source>
        <translation>The old backup %1 cannot be removed.</translation>
    </message>
    <message>
        <source>No backup folder was given.</source>
        <translation>No backup folder was given.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created: %2.</source>
        <translation>The backup folder %1 cannot be created: %2.</translation>
    </message>
    <message>
        <source>No backup was made in %1: %2.</source>
        <translation>No backup was made in %1: %2.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be written: %2.</source>
        <translation>The backup %1 cannot be written: %2.</translation>
    </message>
    <message>
        <source>No backup was made: %1 is a symbolic link to %2, not a folder Laatu made. Remove the link, or name the folder you want with --dir.</source>
        <translation>No backup was made: %1 is a symbolic link to %2, not a folder Laatu made. Remove the link, or name the folder you want with --dir.</translation>
    </message>
</context>
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
    <message>
        <source>the file holds a NUL byte at byte %1; a catalog is UTF-8 text</source>
        <translation>the file holds a NUL byte at byte %1; a catalog is UTF-8 text</translation>
    </message>
    <message>
        <source>&quot;criterionCount&quot; must be at least 1, not %1</source>
        <translation>&quot;criterionCount&quot; must be at least 1, not %1</translation>
    </message>
    <message>
        <source>the language &quot;%1&quot; is listed twice</source>
        <translation>the language &quot;%1&quot; is listed twice</translation>
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
        <source>The catalog file %1 %2.</source>
        <translation>The catalog file %1 %2.</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG image (*.png);;SVG image (*.svg)</translation>
    </message>
    <message>
        <source>%1: the chart can be saved as .png or .svg; add one of them to the name.</source>
        <translation>%1: the chart can be saved as .png or .svg; add one of them to the name.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 cannot be written: %2.</translation>
    </message>
    <message>
        <source>Made with Laatu</source>
        <translation>Made with Laatu</translation>
    </message>
    <message>
        <source>%1 cannot be written: the SVG could not be started.</source>
        <translation>%1 cannot be written: the SVG could not be started.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2.</source>
        <translation>%1 could not be saved: %2.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>%1: ok, no problems found.</source>
        <translation>%1: ok, no problems found.</translation>
    </message>
    <message>
        <source>Check the database: quick, integrity, foreign key and CHECK constraint checks.</source>
        <translation>Check the database: quick, integrity, foreign key and CHECK constraint checks.</translation>
    </message>
    <message>
        <source>Runs SQLite&apos;s quick_check, integrity_check and foreign_key_check on the database (read-only), verifies every CHECK constraint of its tables, lists every problem found and gives a verdict.</source>
        <translation>Runs SQLite&apos;s quick_check, integrity_check and foreign_key_check on the database (read-only), verifies every CHECK constraint of its tables, lists every problem found and gives a verdict.</translation>
    </message>
</context>
<context>
    <name>CheckConstraintScan</name>
    <message>
        <source>checking the rules of the tables</source>
        <translation>checking the rules of the tables</translation>
    </message>
    <message numerus="yes">
        <source>CHECK constraint failed in %1: %2 (%n row(s))</source>
        <translation>
            <numerusform>CHECK constraint failed in %1: %2 (%n row)</numerusform>
            <numerusform>CHECK constraint failed in %1: %2 (%n rows)</numerusform>
        </translation>
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
    <message>
        <source>--%1 needs a value (%2), not an empty one</source>
        <translation>--%1 needs a value (%2), not an empty one</translation>
    </message>
    <message>
        <source>an empty argument was given; give a value or leave it out</source>
        <translation>an empty argument was given; give a value or leave it out</translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <source>Compare the sites of a county: ratings per criterion, totals, weakest criteria.</source>
        <translation>Compare the sites of a county: ratings per criterion, totals, weakest criteria.</translation>
    </message>
    <message>
        <source>The wellbeing services county.</source>
        <translation>The wellbeing services county.</translation>
    </message>
    <message>
        <source>Reviews visited on or after this day.</source>
        <translation>Reviews visited on or after this day.</translation>
    </message>
    <message>
        <source>Reviews visited on or before this day.</source>
        <translation>Reviews visited on or before this day.</translation>
    </message>
    <message>
        <source>Every review in the period, not only the latest.</source>
        <translation>Every review in the period, not only the latest.</translation>
    </message>
    <message>
        <source>Leave self-assessments out.</source>
        <translation>Leave self-assessments out.</translation>
    </message>
    <message>
        <source>Write the table to this file.</source>
        <translation>Write the table to this file.</translation>
    </message>
    <message>
        <source>CSV separator: &apos;;&apos; (default, decimal comma) or &apos;,&apos;.</source>
        <translation>CSV separator: &apos;;&apos; (default, decimal comma) or &apos;,&apos;.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unexpected argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--county NAME is required</source>
        <translation>--county NAME is required</translation>
    </message>
    <message>
        <source>--%1 needs a date like 2025-01-31</source>
        <translation>--%1 needs a date like 2025-01-31</translation>
    </message>
    <message>
        <source>--separator must be &apos;;&apos; or &apos;,&apos;</source>
        <translation>--separator must be &apos;;&apos; or &apos;,&apos;</translation>
    </message>
    <message>
        <source>laatu-cli compare: no reviews of &quot;%1&quot; in that period. Counties: %2.</source>
        <translation>laatu-cli compare: no reviews of &quot;%1&quot; in that period. Counties: %2.</translation>
    </message>
    <message>
        <source>laatu-cli compare: %1</source>
        <translation>laatu-cli compare: %1</translation>
    </message>
    <message>
        <source>County mean</source>
        <translation>County mean</translation>
    </message>
    <message>
        <source>Weakest: %1</source>
        <translation>Weakest: %1</translation>
    </message>
    <message>
        <source>Prints one line per site (its latest final review in the period, or every review with --all): the 25 consensus ratings, total, mean and level; then the county mean per criterion and the weakest criteria. --csv writes the table for a spreadsheet.</source>
        <translation>Prints one line per site (its latest final review in the period, or every review with --all): the 25 consensus ratings, total, mean and level; then the county mean per criterion and the weakest criteria. --csv writes the table for a spreadsheet.</translation>
    </message>
    <message>
        <source>The latest review of each site even when it is not final yet.</source>
        <translation>The latest review of each site even when it is not final yet.</translation>
    </message>
</context>
<context>
    <name>ComparisonCsv</name>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Rated</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>County mean</source>
        <translation>County mean</translation>
    </message>
</context>
<context>
    <name>ComparisonQuery</name>
    <message>
        <source>comparing the sites of %1</source>
        <translation>comparing the sites of %1</translation>
    </message>
    <message>
        <source>listing the counties</source>
        <translation>listing the counties</translation>
    </message>
</context>
<context>
    <name>ComparisonSummary</name>
    <message>
        <source>all visits</source>
        <translation>all visits</translation>
    </message>
    <message>
        <source>visits from %1</source>
        <translation>visits from %1</translation>
    </message>
    <message>
        <source>visits until %1</source>
        <translation>visits until %1</translation>
    </message>
    <message>
        <source>visits %1–%2</source>
        <translation>visits %1–%2</translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <translation>%1. %2 (%3)</translation>
    </message>
    <message>
        <source>Weakest across the county: %1.</source>
        <translation>Weakest across the county: %1.</translation>
    </message>
    <message>
        <source>No sites with a county yet: add reviews to compare sites.</source>
        <translation>No sites with a county yet: add reviews to compare sites.</translation>
    </message>
    <message>
        <source>No reviews of %1 in this period.</source>
        <translation>No reviews of %1 in this period.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>incomplete: %1</source>
        <translation>Incomplete: %1</translation>
    </message>
    <message>
        <source>%1, %2 – sites: %3, reviews: %4.</source>
        <translation>%1, %2 – sites: %3, reviews: %4.</translation>
    </message>
</context>
<context>
    <name>CountyComparison</name>
    <message>
        <source>The built-in catalog cannot be read.</source>
        <translation>The built-in catalog cannot be read.</translation>
    </message>
</context>
<context>
    <name>CountyList</name>
    <message>
        <source>The county list %1 cannot be read: %2</source>
        <translation>The county list %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The county list is not valid JSON: %1</source>
        <translation>The county list is not valid JSON: %1</translation>
    </message>
    <message>
        <source>The county list has no &quot;counties&quot; array.</source>
        <translation>The county list has no &quot;counties&quot; array.</translation>
    </message>
    <message>
        <source>County %1 of the list needs an id and a Finnish and a Swedish name.</source>
        <translation>County %1 of the list needs an id and a Finnish and a Swedish name.</translation>
    </message>
    <message>
        <source>The county id &quot;%1&quot; appears twice in the list.</source>
        <translation>The county id &quot;%1&quot; appears twice in the list.</translation>
    </message>
    <message>
        <source>The county name &quot;%1&quot; appears twice in the list.</source>
        <translation>The county name &quot;%1&quot; appears twice in the list.</translation>
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
    <name>DataRequestCommand</name>
    <message>
        <source>Write the data request sent to a service before its site visit (PDF or ODT).</source>
        <translation>Write the data request sent to a service before its site visit (PDF or ODT).</translation>
    </message>
    <message>
        <source>Writes the letter that tells a service what to have ready for the site visit of one review: the service, the visit dates and the reviewers; the documents and figures to prepare, grouped by who provides them, each with the criterion it serves; the figures collected on the visit; and the evidence each criterion rests on. The file name&apos;s ending chooses the format: .pdf (A4) or .odt (to edit in a word processor).</source>
        <translation>Writes the letter that tells a service what to have ready for the site visit of one review: the service, the visit dates and the reviewers; the documents and figures to prepare, grouped by who provides them, each with the criterion it serves; the figures collected on the visit; and the evidence each criterion rests on. The file name&apos;s ending chooses the format: .pdf (A4) or .odt (to edit in a word processor).</translation>
    </message>
    <message>
        <source>Review number or UUID.</source>
        <translation>Review number or UUID.</translation>
    </message>
    <message>
        <source>The file to write, ending in .pdf or .odt.</source>
        <translation>The file to write, ending in .pdf or .odt.</translation>
    </message>
    <message>
        <source>The letter&apos;s language: fi, sv or en (default: the user interface language).</source>
        <translation>The letter&apos;s language: fi, sv or en (default: the user interface language).</translation>
    </message>
    <message>
        <source>expected one review number or UUID</source>
        <translation>expected one review number or UUID</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FILE is required</translation>
    </message>
    <message>
        <source>--out must name a file ending in .pdf or .odt, not &quot;%1&quot;</source>
        <translation>--out must name a file ending in .pdf or .odt, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--lang must be fi, sv or en, not &quot;%1&quot;</source>
        <translation>--lang must be fi, sv or en, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>laatu-cli data-request: %1</source>
        <translation>laatu-cli data-request: %1</translation>
    </message>
    <message>
        <source>Wrote the data request of %1 to %2 (OpenDocument text).</source>
        <translation>Wrote the data request of %1 to %2 (OpenDocument text).</translation>
    </message>
    <message>
        <source>Wrote the data request of %1 (%2 pages) to %3.</source>
        <translation>Wrote the data request of %1 (%2 pages) to %3.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is empty, not a Laatu database. If it should hold reviews, restore the newest backup (laatu-cli restore).</source>
        <translation>%1 is empty, not a Laatu database. If it should hold reviews, restore the newest backup (laatu-cli restore).</translation>
    </message>
    <message>
        <source>%1 is not a Laatu database (it is not an SQLite file). Choose another file, or restore the newest backup if this one was damaged.</source>
        <translation>%1 is not a Laatu database (it is not an SQLite file). Choose another file, or restore the newest backup if this one was damaged.</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>opening %1</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>reading %1</translation>
    </message>
    <message>
        <source>%1 is damaged (it has lost its database version). Laatu does not write to it: restore the newest backup (laatu-cli restore).</source>
        <translation>%1 is damaged (it has lost its database version). Laatu does not write to it: restore the newest backup (laatu-cli restore).</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a Laatu database. Choose another file.</source>
        <translation>%1 is a database of another program, not a Laatu database. Choose another file.</translation>
    </message>
    <message>
        <source>%1 was made by a newer Laatu (database version %2; this Laatu reads up to %3). Update Laatu to open it; the file was not changed.</source>
        <translation>%1 was made by a newer Laatu (database version %2; this Laatu reads up to %3). Update Laatu to open it; the file was not changed.</translation>
    </message>
    <message>
        <source>%1 is damaged or not a Laatu database (%2). Laatu does not write to it: restore the newest backup (laatu-cli restore).</source>
        <translation>%1 is damaged or not a Laatu database (%2). Laatu does not write to it: restore the newest backup (laatu-cli restore).</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>There is no database at %1.</translation>
    </message>
    <message>
        <source>A new database cannot be created at %1: %2.</source>
        <translation>A new database cannot be created at %1: %2.</translation>
    </message>
    <message>
        <source>opened read-only on request</source>
        <translation>opened read-only on request</translation>
    </message>
    <message>
        <source>the file %1 is read-only</source>
        <translation>the file %1 is read-only</translation>
    </message>
    <message>
        <source>%1 was made by an older Laatu and must be upgraded, which needs writing, but %2.</source>
        <translation>%1 was made by an older Laatu and must be upgraded, which needs writing, but %2.</translation>
    </message>
    <message>
        <source>opening the database</source>
        <translation>opening the database</translation>
    </message>
    <message>
        <source>checking %1</source>
        <translation>checking %1</translation>
    </message>
    <message>
        <source>a %1 row refers to a missing %2 row</source>
        <translation>a %1 row refers to a missing %2 row</translation>
    </message>
    <message>
        <source>%1 is damaged (the check reports: %2). Laatu does not write to it: restore the newest backup (laatu-cli restore).</source>
        <translation>%1 is damaged (the check reports: %2). Laatu does not write to it: restore the newest backup (laatu-cli restore).</translation>
    </message>
    <message>
        <source>setting up the database</source>
        <translation>setting up the database</translation>
    </message>
    <message>
        <source>The database cannot use write-ahead logging on this disk (it reports &quot;%1&quot;); use a folder on a local disk.</source>
        <translation>The database cannot use write-ahead logging on this disk (it reports &quot;%1&quot;); use a folder on a local disk.</translation>
    </message>
    <message>
        <source>upgrading the database</source>
        <translation>upgrading the database</translation>
    </message>
    <message>
        <source>The database is open read-only (%1), so %2 did not happen.</source>
        <translation>The database is open read-only (%1), so %2 did not happen.</translation>
    </message>
    <message>
        <source>the file turned out to be damaged; restore the newest backup</source>
        <translation>the file turned out to be damaged; restore the newest backup</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <source>%1 %2, not a database file.</source>
        <translation>%1 %2, not a database file.</translation>
    </message>
    <message>
        <source>the file %1 has %2 names (hard links), and a writer through another name would not see this one&apos;s lock; keep one name</source>
        <translation>the file %1 has %2 names (hard links), and a writer through another name would not see this one&apos;s lock; keep one name</translation>
    </message>
    <message>
        <source>setting up the new database</source>
        <translation>setting up the new database</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>checking the database</source>
        <translation>checking the database</translation>
    </message>
    <message>
        <source>a row of %1 refers to a missing row of %2 (%3)</source>
        <translation>a row of %1 refers to a missing row of %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>The database check found %n problem(s): %1</source>
        <translation>
            <numerusform>The database check found %n problem: %1</numerusform>
            <numerusform>The database check found %n problems: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseRecovery</name>
    <message>
        <source>%1

Put back the newest backup, from %2? The damaged file is kept beside it under another name, so nothing is deleted. Changes made after that backup are not in it.</source>
        <translation>%1

Put back the newest backup, from %2? The damaged file is kept beside it under another name, so nothing is deleted. Changes made after that backup are not in it.</translation>
    </message>
    <message>
        <source>Database Damaged</source>
        <translation>Database Damaged</translation>
    </message>
    <message>
        <source>Backup Put Back</source>
        <translation>Backup Put Back</translation>
    </message>
    <message>
        <source>The backup from %1 is in use. The damaged file is kept as %2.</source>
        <translation>The backup from %1 is in use. The damaged file is kept as %2.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Fill a new database with fictional sites and reviews.</source>
        <translation>Fill a new database with fictional sites and reviews.</translation>
    </message>
    <message>
        <source>Creates believable, clearly fictional sites in the pilot counties, each with reviews every six months by two reviewers, with evidence, findings and actions. The database must not hold reviews yet.</source>
        <translation>Creates believable, clearly fictional sites in the pilot counties, each with reviews every six months by two reviewers, with evidence, findings and actions. The database must not hold reviews yet.</translation>
    </message>
    <message>
        <source>Number of sites (default 6).</source>
        <translation>Number of sites (default 6).</translation>
    </message>
    <message>
        <source>Reviews per site (default 3).</source>
        <translation>Reviews per site (default 3).</translation>
    </message>
    <message>
        <source>Seed for the generator (default 20261129).</source>
        <translation>Seed for the generator (default 20261129).</translation>
    </message>
    <message>
        <source>--sites must be 1-100000, --reviews-per-site 1-100 and --seed a whole number</source>
        <translation>--sites must be 1-100000, --reviews-per-site 1-100 and --seed a whole number</translation>
    </message>
    <message>
        <source>adding demo data</source>
        <translation>adding demo data</translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds %n review(s); demo data goes into a new database</source>
        <translation>
            <numerusform>%1 already holds %n review; demo data goes into a new database</numerusform>
            <numerusform>%1 already holds %n reviews; demo data goes into a new database</numerusform>
        </translation>
    </message>
    <message>
        <source>Created %1 sites and %2 reviews in %3 in %4 ms.</source>
        <translation>Created %1 sites and %2 reviews in %3 in %4 ms.</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>External review</source>
        <translation>External review</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Strength</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>not published</translation>
    </message>
    <message>
        <source>publishing unfinished</source>
        <translation>publishing unfinished</translation>
    </message>
    <message>
        <source>published</source>
        <translation>published</translation>
    </message>
    <message>
        <source>changed since publication</source>
        <translation>changed since publication</translation>
    </message>
    <message>
        <source>conflict on the server</source>
        <translation>conflict on the server</translation>
    </message>
    <message>
        <source>from the programme</source>
        <translation>from the programme</translation>
    </message>
    <message>
        <source>Not yet on the programme server: File → Publish Review sends it.</source>
        <translation>Not yet on the programme server: File → Publish Review sends it.</translation>
    </message>
    <message>
        <source>Sending it to the programme server did not finish; the next publish completes it.</source>
        <translation>Sending it to the programme server did not finish; the next publish completes it.</translation>
    </message>
    <message>
        <source>On the programme server as it is here.</source>
        <translation>On the programme server as it is here.</translation>
    </message>
    <message>
        <source>Changed since it was published: the server holds the earlier version until it is final again and published.</source>
        <translation>Changed since it was published: the server holds the earlier version until it is final again and published.</translation>
    </message>
    <message>
        <source>The server holds the same revision with other content; it keeps its own and lists this laptop&apos;s beside it.</source>
        <translation>The server holds the same revision with other content; it keeps its own and lists this laptop&apos;s beside it.</translation>
    </message>
    <message>
        <source>Pulled from the programme server: another reviewer&apos;s review, read-only here.</source>
        <translation>Pulled from the programme server: another reviewer&apos;s review, read-only here.</translation>
    </message>
</context>
<context>
    <name>EvidenceFigures</name>
    <message numerus="yes">
        <source>%n coach(es)</source>
        <translation>
            <numerusform>%n coach</numerusform>
            <numerusform>%n coaches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Write one review to a review file (JSON).</source>
        <translation>Write one review to a review file (JSON).</translation>
    </message>
    <message>
        <source>Writes one review, with its site, reviewers, ratings, evidence, findings and actions, to a review file that another laptop can import.</source>
        <translation>Writes one review, with its site, reviewers, ratings, evidence, findings and actions, to a review file that another laptop can import.</translation>
    </message>
    <message>
        <source>Review number or UUID.</source>
        <translation>Review number or UUID.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>The file to write.</translation>
    </message>
    <message>
        <source>expected one review number or UUID</source>
        <translation>expected one review number or UUID</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FILE is required</translation>
    </message>
    <message>
        <source>laatu-cli export: %1</source>
        <translation>laatu-cli export: %1</translation>
    </message>
    <message>
        <source>Wrote review %1 to %2.</source>
        <translation>Wrote review %1 to %2.</translation>
    </message>
</context>
<context>
    <name>ExportCsvCommand</name>
    <message>
        <source>Write the review history as a CSV file for spreadsheets.</source>
        <translation>Write the review history as a CSV file for spreadsheets.</translation>
    </message>
    <message>
        <source>Writes every review as one row per criterion (site, county, dates, kind, status, catalog, criterion, consensus rating, the review&apos;s total, mean and level) to a CSV file in UTF-8 that LibreOffice and Excel open directly. Notes are not included.</source>
        <translation>Writes every review as one row per criterion (site, county, dates, kind, status, catalog, criterion, consensus rating, the review&apos;s total, mean and level) to a CSV file in UTF-8 that LibreOffice and Excel open directly. Notes are not included.</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>The CSV file to write.</translation>
    </message>
    <message>
        <source>Field separator: &apos;;&apos; (default, for Finnish and Swedish spreadsheets, decimal commas) or &apos;,&apos; (decimal points).</source>
        <translation>Field separator: &apos;;&apos; (default, for Finnish and Swedish spreadsheets, decimal commas) or &apos;,&apos; (decimal points).</translation>
    </message>
    <message>
        <source>Language of criterion titles, level names and decimals: fi, sv or en (default: the user interface language).</source>
        <translation>Language of criterion titles, level names and decimals: fi, sv or en (default: the user interface language).</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unexpected argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FILE is required</translation>
    </message>
    <message>
        <source>--separator must be &apos;;&apos; or &apos;,&apos;</source>
        <translation>--separator must be &apos;;&apos; or &apos;,&apos;</translation>
    </message>
    <message>
        <source>--lang must be fi, sv or en, not &quot;%1&quot;</source>
        <translation>--lang must be fi, sv or en, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>laatu-cli export-csv: %1</source>
        <translation>laatu-cli export-csv: %1</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2.</source>
        <translation>Wrote %1 rows to %2.</translation>
    </message>
</context>
<context>
    <name>ExportMineCommand</name>
    <message>
        <source>Write one reviewer&apos;s own ratings and the evidence, for &apos;merge&apos; elsewhere.</source>
        <translation>Write one reviewer&apos;s own ratings and the evidence, for &apos;merge&apos; elsewhere.</translation>
    </message>
    <message>
        <source>Writes a review file holding one reviewer of a review with their own ratings and the evidence notes, numbers and checks, but no consensus, findings or actions. The lead reviewer brings it in with &apos;merge&apos; (not &apos;import&apos;, which replaces a review).</source>
        <translation>Writes a review file holding one reviewer of a review with their own ratings and the evidence notes, numbers and checks, but no consensus, findings or actions. The lead reviewer brings it in with &apos;merge&apos; (not &apos;import&apos;, which replaces a review).</translation>
    </message>
    <message>
        <source>Review number or UUID.</source>
        <translation>Review number or UUID.</translation>
    </message>
    <message>
        <source>The reviewer, by name or UUID.</source>
        <translation>The reviewer, by name or UUID.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>The file to write.</translation>
    </message>
    <message>
        <source>expected one review number or UUID</source>
        <translation>expected one review number or UUID</translation>
    </message>
    <message>
        <source>--rater NAME|UUID is required</source>
        <translation>--rater NAME|UUID is required</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FILE is required</translation>
    </message>
    <message>
        <source>laatu-cli export-mine: %1</source>
        <translation>laatu-cli export-mine: %1</translation>
    </message>
    <message>
        <source>Wrote the ratings of %1 in review %2 to %3.</source>
        <translation>Wrote the ratings of %1 in review %2 to %3.</translation>
    </message>
    <message>
        <source>Of the evidence workbook it holds the coach rows this reviewer filled and the shared ones; the record sample stays on this computer unless --with-records is given.</source>
        <translation>Of the evidence workbook it holds the coach rows this reviewer filled and the shared ones; the record sample stays on this computer unless --with-records is given.</translation>
    </message>
    <message>
        <source>Also write the record sample&apos;s rows this reviewer filled (pseudonymous codes and their data points), for the lead to merge.</source>
        <translation>Also write the record sample&apos;s rows this reviewer filled (pseudonymous codes and their data points), for the lead to merge.</translation>
    </message>
    <message numerus="yes">
        <source>It holds %n coach row(s) of the workbook.</source>
        <translation>
            <numerusform>It holds %n coach row of the workbook.</numerusform>
            <numerusform>It holds %n coach rows of the workbook.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It holds %n record row(s) of the record sample.</source>
        <translation>
            <numerusform>It holds %n record row of the record sample.</numerusform>
            <numerusform>It holds %n record rows of the record sample.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The record sample (%n row(s)) stayed on this computer; --with-records writes it too.</source>
        <translation>
            <numerusform>The record sample (%n row) stayed on this computer; --with-records writes it too.</numerusform>
            <numerusform>The record sample (%n rows) stayed on this computer; --with-records writes it too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportMineDialog</name>
    <message>
        <source>Export My Ratings</source>
        <translation>Export My Ratings</translation>
    </message>
    <message>
        <source>The file holds one reviewer&apos;s own ratings, the review&apos;s notes and figures, and the workbook&apos;s coach rows that reviewer filled, for the lead reviewer to merge.</source>
        <translation>The file holds one reviewer&apos;s own ratings, the review&apos;s notes and figures, and the workbook&apos;s coach rows that reviewer filled, for the lead reviewer to merge.</translation>
    </message>
    <message>
        <source>&amp;Whose ratings:</source>
        <translation>&amp;Whose ratings:</translation>
    </message>
    <message>
        <source>Whose ratings</source>
        <translation>Whose ratings</translation>
    </message>
    <message>
        <source>Include my record sample</source>
        <translation>Include my record sample</translation>
    </message>
    <message>
        <source>The record sample is about clients: it stays on this laptop unless the lead needs its rows.</source>
        <translation>The record sample is about clients: it stays on this laptop unless the lead needs its rows.</translation>
    </message>
</context>
<context>
    <name>FidelityTrendData</name>
    <message>
        <source>incomplete</source>
        <translation>incomplete</translation>
    </message>
    <message>
        <source>%1: incomplete review, no total</source>
        <translation>%1: incomplete review, no total</translation>
    </message>
    <message>
        <source>%1: total %2, %3</source>
        <translation>%1: total %2, %3</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>No reviews to show.</source>
        <translation>No reviews to show.</translation>
    </message>
    <message>
        <source>%1–%2: %3 in work</source>
        <translation>%1–%2: %3 in work</translation>
    </message>
    <message>
        <source>Employment rate: %1</source>
        <translation>Employment rate: %1</translation>
    </message>
</context>
<context>
    <name>FidelityTrendPainter</name>
    <message>
        <source>Fidelity over time</source>
        <translation>Fidelity over time</translation>
    </message>
    <message>
        <source>Next review due</source>
        <translation>Next review due</translation>
    </message>
    <message>
        <source>No reviews to show.</source>
        <translation>No reviews to show.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Employment rate (right axis)</source>
        <translation>Employment rate (right axis)</translation>
    </message>
    <message>
        <source>Sections: their mean rating on the total&apos;s scale (mean × %1).</source>
        <translation>Sections: their mean rating on the total&apos;s scale (mean × %1).</translation>
    </message>
</context>
<context>
    <name>HandOut</name>
    <message>
        <source>The review %1 is final, so there is nothing left to rate; reopen it first if the co-reviewer is to rate it.</source>
        <translation>The review %1 is final, so there is nothing left to rate; reopen it first if the co-reviewer is to rate it.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be the lower-case UUID of one of the file&apos;s reviewers</source>
        <translation>&quot;%1&quot; must be the lower-case UUID of one of the file&apos;s reviewers</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, which is none of the file&apos;s reviewers</source>
        <translation>&quot;%1&quot; is %2, which is none of the file&apos;s reviewers</translation>
    </message>
    <message>
        <source>a file cannot be both a hand-out and one reviewer&apos;s ratings</source>
        <translation>a file cannot be both a hand-out and one reviewer&apos;s ratings</translation>
    </message>
    <message>
        <source>a hand-out file holds no ratings, notes, findings or actions, so that the co-reviewer rates independently</source>
        <translation>a hand-out file holds no ratings, notes, findings or actions, so that the co-reviewer rates independently</translation>
    </message>
    <message>
        <source>a hand-out file is a draft review</source>
        <translation>a hand-out file is a draft review</translation>
    </message>
</context>
<context>
    <name>HandOutCommand</name>
    <message>
        <source>Write a review&apos;s frame for a co-reviewer to rate independently.</source>
        <translation>Write a review&apos;s frame for a co-reviewer to rate independently.</translation>
    </message>
    <message>
        <source>Writes a review file for the co-reviewer&apos;s laptop: the site, the visit, the catalog and the reviewers, but no reviewer&apos;s ratings, no consensus, and no notes, findings or actions, so that the co-reviewer rates independently. They bring it in with &apos;import&apos;, rate, and send their ratings back with &apos;export-mine&apos; for &apos;merge&apos;.</source>
        <translation>Writes a review file for the co-reviewer&apos;s laptop: the site, the visit, the catalog and the reviewers, but no reviewer&apos;s ratings, no consensus, and no notes, findings or actions, so that the co-reviewer rates independently. They bring it in with &apos;import&apos;, rate, and send their ratings back with &apos;export-mine&apos; for &apos;merge&apos;.</translation>
    </message>
    <message>
        <source>Review number or UUID.</source>
        <translation>Review number or UUID.</translation>
    </message>
    <message>
        <source>The co-reviewer the file is for, by name or UUID.</source>
        <translation>The co-reviewer the file is for, by name or UUID.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>The file to write.</translation>
    </message>
    <message>
        <source>Include the figures and checklists gathered so far (shared evidence, no ratings).</source>
        <translation>Include the figures and checklists gathered so far (shared evidence, no ratings).</translation>
    </message>
    <message>
        <source>expected one review number or UUID</source>
        <translation>expected one review number or UUID</translation>
    </message>
    <message>
        <source>--rater NAME|UUID is required</source>
        <translation>--rater NAME|UUID is required</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FILE is required</translation>
    </message>
    <message>
        <source>laatu-cli hand-out: %1</source>
        <translation>laatu-cli hand-out: %1</translation>
    </message>
    <message>
        <source>Wrote review %1 for %2 to %3: the frame only, no ratings, notes or findings.</source>
        <translation>Wrote review %1 for %2 to %3: the frame only, no ratings, notes or findings.</translation>
    </message>
</context>
<context>
    <name>HandOutDialog</name>
    <message>
        <source>Send to Co-reviewer</source>
        <translation>Send to Co-reviewer</translation>
    </message>
    <message>
        <source>The file holds the review&apos;s site, visit, catalog and reviewers, but nobody&apos;s ratings, notes or findings, so that the co-reviewer rates independently. They open it with File → Open Review File… and send their ratings back with Export My Ratings.</source>
        <translation>The file holds the review&apos;s site, visit, catalog and reviewers, but nobody&apos;s ratings, notes or findings, so that the co-reviewer rates independently. They open it with File → Open Review File… and send their ratings back with Export My Ratings.</translation>
    </message>
    <message>
        <source>&amp;Co-reviewer:</source>
        <translation>&amp;Co-reviewer:</translation>
    </message>
    <message>
        <source>Co-reviewer</source>
        <translation>Co-reviewer</translation>
    </message>
    <message>
        <source>&amp;Include the figures and checklists gathered so far</source>
        <translation>&amp;Include the figures and checklists gathered so far</translation>
    </message>
    <message>
        <source>Include the figures and checklists gathered so far</source>
        <translation>Include the figures and checklists gathered so far</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>Show a site&apos;s reviews over time, changes, outcomes and the next review due.</source>
        <translation>Show a site&apos;s reviews over time, changes, outcomes and the next review due.</translation>
    </message>
    <message>
        <source>Shows one site&apos;s reviews in visit order with total, mean, level and section subtotals, the criteria that changed at the last review, the actions done, the outcomes and when the next review is due.</source>
        <translation>Shows one site&apos;s reviews in visit order with total, mean, level and section subtotals, the criteria that changed at the last review, the actions done, the outcomes and when the next review is due.</translation>
    </message>
    <message>
        <source>Site name or UUID.</source>
        <translation>Site name or UUID.</translation>
    </message>
    <message>
        <source>Print as JSON.</source>
        <translation>Print as JSON.</translation>
    </message>
    <message>
        <source>expected one site name or UUID</source>
        <translation>expected one site name or UUID</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>Actions of %1 done by %2: %3 of %4</source>
        <translation>Actions of %1 done by %2: %3 of %4</translation>
    </message>
    <message>
        <source>Changed at the last review: %1</source>
        <translation>Changed at the last review: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>Outcomes %1 to %2: %3 coached, %4 in competitive work (%5 %)</source>
        <translation>Outcomes %1 to %2: %3 coached, %4 in competitive work (%5 %)</translation>
    </message>
    <message numerus="yes">
        <source>Next review due: %1 (%n month(s) after the last)</source>
        <translation>
            <numerusform>Next review due: %1 (%n month after the last)</numerusform>
            <numerusform>Next review due: %1 (%n months after the last)</numerusform>
        </translation>
    </message>
    <message>
        <source>No reviews yet.</source>
        <translation>No reviews yet.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import review files; a file already imported changes nothing.</source>
        <translation>Import review files; a file already imported changes nothing.</translation>
    </message>
    <message>
        <source>Review files.</source>
        <translation>Review files.</translation>
    </message>
    <message>
        <source>expected at least one review file</source>
        <translation>expected at least one review file</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>replaced</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message numerus="yes">
        <source>laatu-cli import: nothing was imported; the files have %n problem(s):</source>
        <translation>
            <numerusform>laatu-cli import: nothing was imported; the files have %n problem:</numerusform>
            <numerusform>laatu-cli import: nothing was imported; the files have %n problems:</numerusform>
        </translation>
    </message>
    <message>
        <source>Reads and checks every file first; if any is broken, nothing is written. Then each review is saved in one transaction. A review is matched by its UUID. A file from &apos;export-mine&apos; holds one reviewer&apos;s own ratings only and is refused: bring it in with &apos;merge&apos;.</source>
        <translation>Reads and checks every file first; if any is broken, nothing is written. Then each review is saved in one transaction. A review is matched by its UUID. A file from &apos;export-mine&apos; holds one reviewer&apos;s own ratings only and is refused: bring it in with &apos;merge&apos;.</translation>
    </message>
    <message>
        <source>Agree to the listed changes to sites already in the database (a site&apos;s new name, county or other details; a draft review moving to another site). Without it such a file is refused. A site with a final review is never changed by a file.</source>
        <translation>Agree to the listed changes to sites already in the database (a site&apos;s new name, county or other details; a draft review moving to another site). Without it such a file is refused. A site with a final review is never changed by a file.</translation>
    </message>
    <message>
        <source>site change: %1</source>
        <translation>site change: %1</translation>
    </message>
    <message numerus="yes">
        <source>To make the %n site change(s) listed, run the import again with --accept-site-changes.</source>
        <translation>
            <numerusform>To make the %n site change listed, run the import again with --accept-site-changes.</numerusform>
            <numerusform>To make the %n site changes listed, run the import again with --accept-site-changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>does not exist (no file name was given)</source>
        <translation>does not exist (no file name was given)</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>does not exist</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>cannot be read: %1</translation>
    </message>
    <message>
        <source>is a directory</source>
        <translation>is a directory</translation>
    </message>
    <message>
        <source>is not a regular file (a FIFO, a device or a socket)</source>
        <translation>is not a regular file (a FIFO, a device or a socket)</translation>
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
    <message>
        <source>&quot;%1&quot; is too large (%2; at most 1000000000)</source>
        <translation>&quot;%1&quot; is too large (%2; at most 1000000000)</translation>
    </message>
    <message>
        <source>a language key %1</source>
        <extracomment>%1 is what the key holds, from TextRules (&quot;holds the control character U+001B at character 2&quot;)</extracomment>
        <translation>a language key %1</translation>
    </message>
    <message>
        <source>the %1 text %2</source>
        <extracomment>%1 is a language code (fi, sv, en), %2 what the text holds, from TextRules (&quot;holds the control character U+001B at character 4&quot;)</extracomment>
        <translation>the %1 text %2</translation>
    </message>
</context>
<context>
    <name>JsonDuplicateKeys</name>
    <message>
        <source>the key &quot;%1&quot; appears more than once at the top level (JSON keeps only the last one)</source>
        <translation>the key &quot;%1&quot; appears more than once at the top level (JSON keeps only the last one)</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears more than once in %2 (JSON keeps only the last one)</source>
        <translation>the key &quot;%1&quot; appears more than once in %2 (JSON keeps only the last one)</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>List the reviews: site, county, date, kind, status, total, level.</source>
        <translation>List the reviews: site, county, date, kind, status, total, level.</translation>
    </message>
    <message>
        <source>Lists every review in the database, by county and site.</source>
        <translation>Lists every review in the database, by county and site.</translation>
    </message>
    <message>
        <source>Print the list as JSON.</source>
        <translation>Print the list as JSON.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unexpected argument &quot;%1&quot;</translation>
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
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>S&amp;ite</source>
        <translation>S&amp;ite</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>&amp;Analysis</translation>
    </message>
    <message>
        <source>&amp;New Review…</source>
        <translation>&amp;New Review…</translation>
    </message>
    <message>
        <source>&amp;Open Review</source>
        <translation>&amp;Open Review</translation>
    </message>
    <message>
        <source>&amp;Follow-up Review…</source>
        <translation>&amp;Follow-up Review…</translation>
    </message>
    <message>
        <source>A new review of the same site with the same reviewers; the previous review&apos;s open actions and recommendations are carried over to check.</source>
        <translation>A new review of the same site with the same reviewers; the previous review&apos;s open actions and recommendations are carried over to check.</translation>
    </message>
    <message>
        <source>&amp;Delete Review…</source>
        <translation>&amp;Delete Review…</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;Export Report…</translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation>&amp;Print Report…</translation>
    </message>
    <message>
        <source>One reviewer&apos;s own ratings and notes as a file, for the lead reviewer to merge on their laptop.</source>
        <translation>One reviewer&apos;s own ratings and notes as a file, for the lead reviewer to merge on their laptop.</translation>
    </message>
    <message>
        <source>&amp;Merge Reviewer&apos;s Ratings…</source>
        <translation>&amp;Merge Reviewer&apos;s Ratings…</translation>
    </message>
    <message>
        <source>Brings a reviewer&apos;s exported ratings into the same review; nothing already stored is overwritten.</source>
        <translation>Brings a reviewer&apos;s exported ratings into the same review; nothing already stored is overwritten.</translation>
    </message>
    <message>
        <source>Site &amp;History</source>
        <translation>Site &amp;History</translation>
    </message>
    <message>
        <source>&amp;County Comparison</source>
        <translation>&amp;County Comparison</translation>
    </message>
    <message>
        <source>&amp;New Site…</source>
        <translation>&amp;New Site…</translation>
    </message>
    <message>
        <source>&amp;Rename or Edit Site…</source>
        <translation>&amp;Rename or Edit Site…</translation>
    </message>
    <message>
        <source>&amp;Archive Site</source>
        <translation>&amp;Archive Site</translation>
    </message>
    <message>
        <source>&amp;Criteria</source>
        <translation>&amp;Criteria</translation>
    </message>
    <message>
        <source>C&amp;onsensus</source>
        <translation>C&amp;onsensus</translation>
    </message>
    <message>
        <source>&amp;Finalise…</source>
        <translation>&amp;Finalise…</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>&amp;Reopen…</translation>
    </message>
    <message>
        <source>C&amp;lose Review</source>
        <translation>C&amp;lose Review</translation>
    </message>
    <message>
        <source>Send to Co-re&amp;viewer…</source>
        <translation>Send to Co-re&amp;viewer…</translation>
    </message>
    <message>
        <source>The review&apos;s frame as a file for the co-reviewer&apos;s laptop, without anyone&apos;s ratings, notes or findings, so that they rate independently.</source>
        <translation>The review&apos;s frame as a file for the co-reviewer&apos;s laptop, without anyone&apos;s ratings, notes or findings, so that they rate independently.</translation>
    </message>
    <message>
        <source>Open Review F&amp;ile…</source>
        <translation>Open Review F&amp;ile…</translation>
    </message>
    <message>
        <source>Brings in a review file: a review handed out by the lead reviewer, a whole review, or a reviewer&apos;s ratings to merge.</source>
        <translation>Brings in a review file: a review handed out by the lead reviewer, a whole review, or a reviewer&apos;s ratings to merge.</translation>
    </message>
    <message>
        <source>Export My &amp;Ratings…</source>
        <translation>Export My &amp;Ratings…</translation>
    </message>
    <message>
        <source>Open &amp;Catalog File…</source>
        <translation>Open &amp;Catalog File…</translation>
    </message>
    <message>
        <source>F&amp;indings and Actions</source>
        <translation>F&amp;indings and Actions</translation>
    </message>
    <message>
        <source>Re&amp;veal the Sheets…</source>
        <translation>Re&amp;veal the Sheets…</translation>
    </message>
    <message>
        <source>Ends independent rating: every reviewer&apos;s ratings are shown side by side for the consensus.</source>
        <translation>Ends independent rating: every reviewer&apos;s ratings are shown side by side for the consensus.</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>Who finalised or reopened the review and why, when the sheets were revealed, and what changed since.</source>
        <translation>Who finalised or reopened the review and why, when the sheets were revealed, and what changed since.</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>The review day step by step, two laptops, consensus, report and follow-up.</source>
        <translation>The review day step by step, two laptops, consensus, report and follow-up.</translation>
    </message>
    <message>
        <source>Review Lo&amp;g…</source>
        <translation>Review Lo&amp;g…</translation>
    </message>
    <message>
        <source>Programme &amp;Server…</source>
        <translation>Programme &amp;Server…</translation>
    </message>
    <message>
        <source>The programme&apos;s shared server, to which final reviews are published. Without one, Laatu connects nowhere.</source>
        <translation>The programme&apos;s shared server, to which final reviews are published. Without one, Laatu connects nowhere.</translation>
    </message>
    <message>
        <source>P&amp;ublish Review</source>
        <translation>P&amp;ublish Review</translation>
    </message>
    <message>
        <source>Sends the final review to the programme server as it is now; drafts stay on this laptop.</source>
        <translation>Sends the final review to the programme server as it is now; drafts stay on this laptop.</translation>
    </message>
    <message>
        <source>Publish &amp;All Final Reviews</source>
        <translation>Publish &amp;All Final Reviews</translation>
    </message>
    <message>
        <source>Sends every final review not yet on the programme server, and finishes any publish left unfinished.</source>
        <translation>Sends every final review not yet on the programme server, and finishes any publish left unfinished.</translation>
    </message>
    <message>
        <source>Pu&amp;ll Programme Reviews</source>
        <translation>Pu&amp;ll Programme Reviews</translation>
    </message>
    <message>
        <source>Brings the reviews published to the programme since the last pull into this laptop&apos;s read-only programme copy.</source>
        <translation>Brings the reviews published to the programme since the last pull into this laptop&apos;s read-only programme copy.</translation>
    </message>
</context>
<context>
    <name>MergeCommand</name>
    <message>
        <source>Merge reviewers&apos; own ratings files into their reviews.</source>
        <translation>Merge reviewers&apos; own ratings files into their reviews.</translation>
    </message>
    <message>
        <source>Merges files written by &apos;export-mine&apos; (or any review file of a review already in the database) as their reviewers: new reviewers, their ratings and new evidence are added; a value that differs on both sides is a conflict, listed, and the database&apos;s value is kept unless --take-incoming is given. Every file is checked before anything is written. Exit code %1 when conflicts were found.</source>
        <translation>Merges files written by &apos;export-mine&apos; (or any review file of a review already in the database) as their reviewers: new reviewers, their ratings and new evidence are added; a value that differs on both sides is a conflict, listed, and the database&apos;s value is kept unless --take-incoming is given. Every file is checked before anything is written. Exit code %1 when conflicts were found.</translation>
    </message>
    <message>
        <source>Review files.</source>
        <translation>Review files.</translation>
    </message>
    <message>
        <source>Resolve conflicts with the file&apos;s values.</source>
        <translation>Resolve conflicts with the file&apos;s values.</translation>
    </message>
    <message>
        <source>expected at least one review file</source>
        <translation>expected at least one review file</translation>
    </message>
    <message numerus="yes">
        <source>laatu-cli merge: nothing was merged; the files have %n problem(s):</source>
        <translation>
            <numerusform>laatu-cli merge: nothing was merged; the files have %n problem:</numerusform>
            <numerusform>laatu-cli merge: nothing was merged; the files have %n problems:</numerusform>
        </translation>
    </message>
    <message>
        <source>merged</source>
        <translation>merged</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 %3: %n reviewer(s) added</source>
        <translation>
            <numerusform>%1 %2 %3: %n reviewer added</numerusform>
            <numerusform>%1 %2 %3: %n reviewers added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n rating(s) added</source>
        <translation>
            <numerusform>, %n rating added</numerusform>
            <numerusform>, %n ratings added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n evidence entry(ies) added</source>
        <translation>
            <numerusform>, %n evidence entry added</numerusform>
            <numerusform>, %n evidence entries added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n unchanged</source>
        <translation>
            <numerusform>, %n unchanged</numerusform>
            <numerusform>, %n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n conflict(s)</source>
        <translation>
            <numerusform>, %n conflict</numerusform>
            <numerusform>, %n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>took the file&apos;s value: </source>
        <translation>took the file&apos;s value: </translation>
    </message>
    <message>
        <source>kept: </source>
        <translation>kept: </translation>
    </message>
    <message>
        <source>laatu-cli merge: conflicts were found; the values in the database were kept. Run again with --take-incoming to use the file&apos;s values.</source>
        <translation>laatu-cli merge: conflicts were found; the values in the database were kept. Run again with --take-incoming to use the file&apos;s values.</translation>
    </message>
    <message>
        <source>The evidence workbook&apos;s coach and record rows are merged row by row: a new row is added, a differing code or value is a conflict like any other, and no row is dropped.</source>
        <translation>The evidence workbook&apos;s coach and record rows are merged row by row: a new row is added, a differing code or value is a conflict like any other, and no row is dropped.</translation>
    </message>
    <message>
        <source>Check the files and show what would be added and which conflicts there are; write nothing.</source>
        <translation>Check the files and show what would be added and which conflicts there are; write nothing.</translation>
    </message>
    <message>
        <source>would merge</source>
        <translation>would merge</translation>
    </message>
    <message numerus="yes">
        <source>, %n coach row(s) added</source>
        <translation>
            <numerusform>, %n coach row added</numerusform>
            <numerusform>, %n coach rows added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n record row(s) added</source>
        <translation>
            <numerusform>, %n record row added</numerusform>
            <numerusform>, %n record rows added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n workbook value(s) filled in</source>
        <translation>
            <numerusform>, %n workbook value filled in</numerusform>
            <numerusform>, %n workbook values filled in</numerusform>
        </translation>
    </message>
    <message>
        <source>would take the file&apos;s value: </source>
        <translation>would take the file&apos;s value: </translation>
    </message>
    <message>
        <source>would keep: </source>
        <translation>would keep: </translation>
    </message>
    <message numerus="yes">
        <source>%n record row(s) of the file not added: this review&apos;s record sample was cleared, and a merge does not bring it back.</source>
        <translation>
            <numerusform>%n record row of the file not added: this review&apos;s record sample was cleared, and a merge does not bring it back.</numerusform>
            <numerusform>%n record rows of the file not added: this review&apos;s record sample was cleared, and a merge does not bring it back.</numerusform>
        </translation>
    </message>
    <message>
        <source>laatu-cli merge: a dry run; nothing was written.</source>
        <translation>laatu-cli merge: a dry run; nothing was written.</translation>
    </message>
</context>
<context>
    <name>MergeConflictDialog</name>
    <message>
        <source>Differences in the Reviewer&apos;s File</source>
        <translation>Differences in the Reviewer&apos;s File</translation>
    </message>
    <message>
        <source>This database and the file hold different values for the entries below. Choose for each which value the review keeps: Space switches the selected rows. Nothing is merged until you press OK.</source>
        <translation>This database and the file hold different values for the entries below. Choose for each which value the review keeps: Space switches the selected rows. Nothing is merged until you press OK.</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Differences</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>What differs</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Here</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In the file</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choice</translation>
    </message>
    <message>
        <source>&amp;Keep All Here</source>
        <translation>&amp;Keep All Here</translation>
    </message>
    <message>
        <source>&amp;Take All from File</source>
        <translation>&amp;Take All from File</translation>
    </message>
</context>
<context>
    <name>MergeConflictText</name>
    <message>
        <source>Rating by %1</source>
        <translation>Rating by %1</translation>
    </message>
    <message>
        <source>The review&apos;s figure: %1</source>
        <translation>The review&apos;s figure: %1</translation>
    </message>
    <message>
        <source>The review&apos;s checklist: %1</source>
        <translation>The review&apos;s checklist: %1</translation>
    </message>
    <message>
        <source>present</source>
        <translation>present</translation>
    </message>
    <message>
        <source>not present</source>
        <translation>not present</translation>
    </message>
    <message>
        <source>The review&apos;s note: %1</source>
        <translation>The review&apos;s note: %1</translation>
    </message>
    <message>
        <source>Name of a reviewer</source>
        <translation>Name of a reviewer</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>&quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: %2 here, %3 in the file</source>
        <translation>%1: %2 here, %3 in the file</translation>
    </message>
    <message>
        <source>%1 – %2: %3 here, %4 in the file</source>
        <translation>%1 – %2: %3 here, %4 in the file</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Code of a coach row</source>
        <translation>Code of a coach row</translation>
    </message>
    <message>
        <source>Code of a record row</source>
        <translation>Code of a record row</translation>
    </message>
    <message>
        <source>Coach %1, %2</source>
        <translation>Coach %1, %2</translation>
    </message>
    <message>
        <source>Record %1, %2</source>
        <translation>Record %1, %2</translation>
    </message>
</context>
<context>
    <name>NewReviewWizard</name>
    <message>
        <source>New Review</source>
        <translation>New Review</translation>
    </message>
    <message>
        <source>Site and visit</source>
        <translation>Site and visit</translation>
    </message>
    <message>
        <source>Which service is reviewed, how, and when the visit is.</source>
        <translation>Which service is reviewed, how, and when the visit is.</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>&amp;New Site…</source>
        <translation>&amp;New Site…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Kind of review</source>
        <translation>Kind of review</translation>
    </message>
    <message>
        <source>First day of the visit</source>
        <translation>First day of the visit</translation>
    </message>
    <message>
        <source>Visit &amp;ends:</source>
        <translation>Visit &amp;ends:</translation>
    </message>
    <message>
        <source>Last day of the visit</source>
        <translation>Last day of the visit</translation>
    </message>
    <message>
        <source>Reviewers and catalog</source>
        <translation>Reviewers and catalog</translation>
    </message>
    <message>
        <source>Each reviewer rates on their own first; the consensus comes after. One reviewer is enough for a self-assessment.</source>
        <translation>Each reviewer rates on their own first; the consensus comes after. One reviewer is enough for a self-assessment.</translation>
    </message>
    <message>
        <source>Reviewer &amp;1:</source>
        <translation>Reviewer &amp;1:</translation>
    </message>
    <message>
        <source>First reviewer</source>
        <translation>First reviewer</translation>
    </message>
    <message>
        <source>Reviewer &amp;2:</source>
        <translation>Reviewer &amp;2:</translation>
    </message>
    <message>
        <source>Second reviewer</source>
        <translation>Second reviewer</translation>
    </message>
    <message>
        <source>Reviewer &amp;3:</source>
        <translation>Reviewer &amp;3:</translation>
    </message>
    <message>
        <source>Third reviewer (optional)</source>
        <translation>Third reviewer (optional)</translation>
    </message>
    <message>
        <source>Catalog:</source>
        <translation>Catalog:</translation>
    </message>
    <message>
        <source>Visit s&amp;tarts:</source>
        <translation>Visit s&amp;tarts:</translation>
    </message>
</context>
<context>
    <name>OutboxRepository</name>
    <message>
        <source>listing the final reviews to publish</source>
        <translation>listing the final reviews to publish</translation>
    </message>
    <message>
        <source>reading review %1 to publish</source>
        <translation>reading review %1 to publish</translation>
    </message>
    <message>
        <source>Review %1 was pulled from the programme; only its own reviewer publishes it.</source>
        <translation>Review %1 was pulled from the programme; only its own reviewer publishes it.</translation>
    </message>
    <message>
        <source>Review %1 is not final; only final reviews are published, drafts stay on this laptop.</source>
        <translation>Review %1 is not final; only final reviews are published, drafts stay on this laptop.</translation>
    </message>
    <message>
        <source>reading what was published</source>
        <translation>reading what was published</translation>
    </message>
    <message>
        <source>noting what was published</source>
        <translation>noting what was published</translation>
    </message>
</context>
<context>
    <name>OutcomeCommand</name>
    <message>
        <source>Set a site&apos;s outcomes for a period: people coached, people in competitive work.</source>
        <translation>Set a site&apos;s outcomes for a period: people coached, people in competitive work.</translation>
    </message>
    <message>
        <source>Stores how many people the site coached in a period and how many of them were in competitive work; the same period again corrects it. &apos;history&apos; shows the employment rate beside the fidelity trend.</source>
        <translation>Stores how many people the site coached in a period and how many of them were in competitive work; the same period again corrects it. &apos;history&apos; shows the employment rate beside the fidelity trend.</translation>
    </message>
    <message>
        <source>Site name or UUID.</source>
        <translation>Site name or UUID.</translation>
    </message>
    <message>
        <source>First day of the period.</source>
        <translation>First day of the period.</translation>
    </message>
    <message>
        <source>Last day of the period.</source>
        <translation>Last day of the period.</translation>
    </message>
    <message>
        <source>People coached.</source>
        <translation>People coached.</translation>
    </message>
    <message>
        <source>Of them, people in competitive work.</source>
        <translation>Of them, people in competitive work.</translation>
    </message>
    <message>
        <source>expected one site name or UUID</source>
        <translation>expected one site name or UUID</translation>
    </message>
    <message>
        <source>--from and --to need dates like 2025-01-31</source>
        <translation>--from and --to need dates like 2025-01-31</translation>
    </message>
    <message>
        <source>--coached and --employed need whole numbers</source>
        <translation>--coached and --employed need whole numbers</translation>
    </message>
    <message>
        <source>%1, %2 to %3: %4 coached, %5 in competitive work (%6 %).</source>
        <translation>%1, %2 to %3: %4 coached, %5 in competitive work (%6 %).</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Outcomes of a Period</source>
        <translation>Outcomes of a Period</translation>
    </message>
    <message>
        <source>People coached during the period, and how many of them were in competitive work. Entering a period again corrects its figures.</source>
        <translation>People coached during the period, and how many of them were in competitive work. Entering a period again corrects its figures.</translation>
    </message>
    <message>
        <source>Period &amp;starts:</source>
        <translation>Period &amp;starts:</translation>
    </message>
    <message>
        <source>Period &amp;ends:</source>
        <translation>Period &amp;ends:</translation>
    </message>
    <message>
        <source>People &amp;coached:</source>
        <translation>People &amp;coached:</translation>
    </message>
    <message>
        <source>People in competitive &amp;work:</source>
        <translation>People in competitive &amp;work:</translation>
    </message>
    <message>
        <source>Employment rate:</source>
        <translation>Employment rate:</translation>
    </message>
</context>
<context>
    <name>OutcomeRepository</name>
    <message>
        <source>The period needs a start and an end date.</source>
        <translation>The period needs a start and an end date.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>The period ends (%1) before it starts (%2).</translation>
    </message>
    <message>
        <source>The numbers of people cannot be negative.</source>
        <translation>The numbers of people cannot be negative.</translation>
    </message>
    <message>
        <source>More people in competitive work (%1) than coached (%2).</source>
        <translation>More people in competitive work (%1) than coached (%2).</translation>
    </message>
    <message>
        <source>saving the outcomes of %1 to %2</source>
        <translation>saving the outcomes of %1 to %2</translation>
    </message>
    <message>
        <source>There is no site %1.</source>
        <translation>There is no site %1.</translation>
    </message>
    <message>
        <source>removing the outcomes of %1 to %2</source>
        <translation>removing the outcomes of %1 to %2</translation>
    </message>
    <message>
        <source>There are no outcomes for %1 to %2 to remove.</source>
        <translation>There are no outcomes for %1 to %2 to remove.</translation>
    </message>
    <message>
        <source>reading the outcomes</source>
        <translation>reading the outcomes</translation>
    </message>
</context>
<context>
    <name>OwnReviewsOnly</name>
    <message>
        <source>leaving the programme&apos;s reviews out</source>
        <translation>leaving the programme&apos;s reviews out</translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>The file to write, ending in .pdf or .odt.</source>
        <translation>The file to write, ending in .pdf or .odt.</translation>
    </message>
    <message>
        <source>The language of the letter or of the built-in template: fi, sv or en (default: the user interface language).</source>
        <translation>The language of the letter or of the built-in template: fi, sv or en (default: the user interface language).</translation>
    </message>
    <message>
        <source>Start the review&apos;s visit plan from a template (the built-in one in --lang, or --template FILE).</source>
        <translation>Start the review&apos;s visit plan from a template (the built-in one in --lang, or --template FILE).</translation>
    </message>
    <message>
        <source>An organisation&apos;s own visit plan template (JSON, format &quot;laatu-visit-plan-template&quot;).</source>
        <translation>An organisation&apos;s own visit plan template (JSON, format &quot;laatu-visit-plan-template&quot;).</translation>
    </message>
    <message>
        <source>With --from-template: replace a plan the review already has.</source>
        <translation>With --from-template: replace a plan the review already has.</translation>
    </message>
    <message>
        <source>laatu-cli plan: %1 is not a usable visit plan template:</source>
        <translation>laatu-cli plan: %1 is not a usable visit plan template:</translation>
    </message>
    <message>
        <source>laatu-cli plan: review %1 already has a visit plan of %2 items; add --replace to start again from the template.</source>
        <translation>laatu-cli plan: review %1 already has a visit plan of %2 items; add --replace to start again from the template.</translation>
    </message>
    <message>
        <source>Started the visit plan of review %1 with %2 items over %3 days.</source>
        <translation>Started the visit plan of review %1 with %2 items over %3 days.</translation>
    </message>
    <message>
        <source>laatu-cli plan: %1</source>
        <translation>laatu-cli plan: %1</translation>
    </message>
    <message>
        <source>Wrote the visit plan of %1 to %2 (OpenDocument text).</source>
        <translation>Wrote the visit plan of %1 to %2 (OpenDocument text).</translation>
    </message>
    <message>
        <source>Wrote the visit plan of %1 (%2 pages) to %3.</source>
        <translation>Wrote the visit plan of %1 (%2 pages) to %3.</translation>
    </message>
    <message>
        <source>Start a review&apos;s visit plan from a template, or write it as a letter (PDF or ODT).</source>
        <translation>Start a review&apos;s visit plan from a template, or write it as a letter (PDF or ODT).</translation>
    </message>
    <message>
        <source>The agenda of a review&apos;s site visit. With --out, writes it as the letter sent to the service: the service, the visit dates and the reviewers, then a table per day with time, what, with whom and where; the file name&apos;s ending chooses the format: .pdf (A4) or .odt (to edit in a word processor). With --from-template, starts the review&apos;s plan from the built-in template in --lang or from --template FILE.</source>
        <translation>The agenda of a review&apos;s site visit. With --out, writes it as the letter sent to the service: the service, the visit dates and the reviewers, then a table per day with time, what, with whom and where; the file name&apos;s ending chooses the format: .pdf (A4) or .odt (to edit in a word processor). With --from-template, starts the review&apos;s plan from the built-in template in --lang or from --template FILE.</translation>
    </message>
    <message>
        <source>Review number or UUID.</source>
        <translation>Review number or UUID.</translation>
    </message>
    <message>
        <source>expected one review number or UUID</source>
        <translation>expected one review number or UUID</translation>
    </message>
    <message>
        <source>give either --out FILE or --from-template</source>
        <translation>give either --out FILE or --from-template</translation>
    </message>
    <message>
        <source>--template and --replace go with --from-template</source>
        <translation>--template and --replace go with --from-template</translation>
    </message>
    <message>
        <source>--out must name a file ending in .pdf or .odt, not &quot;%1&quot;</source>
        <translation>--out must name a file ending in .pdf or .odt, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--lang must be fi, sv or en, not &quot;%1&quot;</source>
        <translation>--lang must be fi, sv or en, not &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 is not a folder</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>the folder %1 cannot be created</translation>
    </message>
</context>
<context>
    <name>ProgrammeCopyRepository</name>
    <message>
        <source>reading the state of the programme copy</source>
        <translation>reading the state of the programme copy</translation>
    </message>
    <message>
        <source>reading the programme copy</source>
        <translation>reading the programme copy</translation>
    </message>
    <message numerus="yes">
        <source>storing %n review(s) pulled from the programme</source>
        <translation>
            <numerusform>storing %n review pulled from the programme</numerusform>
            <numerusform>storing %n reviews pulled from the programme</numerusform>
        </translation>
    </message>
    <message>
        <source>noting the time of the pull</source>
        <translation>noting the time of the pull</translation>
    </message>
    <message>
        <source>removing the programme copy</source>
        <translation>removing the programme copy</translation>
    </message>
    <message>
        <source>A pulled review was rated against catalog %1 version %2, which this laptop does not know. Load that catalog (laatu-cli catalog) and pull again.</source>
        <translation>A pulled review was rated against catalog %1 version %2, which this laptop does not know. Load that catalog (laatu-cli catalog) and pull again.</translation>
    </message>
</context>
<context>
    <name>ProgrammeError</name>
    <message>
        <source>The programme server refused %1: this login is not allowed to (SQLSTATE 42501, %2). Ask the programme&apos;s administrator which counties you are assigned to.</source>
        <translation>The programme server refused %1: this login is not allowed to (SQLSTATE 42501, %2). Ask the programme&apos;s administrator which counties you are assigned to.</translation>
    </message>
    <message>
        <source>The connection to the programme server was lost or could not be made while %1: %2</source>
        <translation>The connection to the programme server was lost or could not be made while %1: %2</translation>
    </message>
    <message>
        <source>The programme server refused the connection while %1: %2</source>
        <translation>The programme server refused the connection while %1: %2</translation>
    </message>
    <message>
        <source>The programme server reported an error while %1 (SQLSTATE %2): %3</source>
        <translation>The programme server reported an error while %1 (SQLSTATE %2): %3</translation>
    </message>
</context>
<context>
    <name>ProgrammePublisher</name>
    <message>
        <source>publishing review %1</source>
        <translation>publishing review %1</translation>
    </message>
    <message>
        <source>revision %1 of review %2 is already published with other content (SHA-256 %3, this laptop&apos;s is %4); the server keeps the first and lists this one as a conflict</source>
        <translation>revision %1 of review %2 is already published with other content (SHA-256 %3, this laptop&apos;s is %4); the server keeps the first and lists this one as a conflict</translation>
    </message>
    <message>
        <source>The server did not confirm %1.</source>
        <translation>The server did not confirm %1.</translation>
    </message>
    <message>
        <source>The server computed another SHA-256 for review %1 than this laptop; nothing was published.</source>
        <translation>The server computed another SHA-256 for review %1 than this laptop; nothing was published.</translation>
    </message>
</context>
<context>
    <name>ProgrammePuller</name>
    <message>
        <source>pulling the programme&apos;s reviews</source>
        <translation>pulling the programme&apos;s reviews</translation>
    </message>
    <message>
        <source>its text does not match its SHA-256</source>
        <translation>its text does not match its SHA-256</translation>
    </message>
    <message>
        <source>it is a partial review file</source>
        <translation>it is a partial review file</translation>
    </message>
    <message>
        <source>Snapshot %1 on the server cannot be taken into the programme copy: %2. The copy holds everything before it.</source>
        <translation>Snapshot %1 on the server cannot be taken into the programme copy: %2. The copy holds everything before it.</translation>
    </message>
</context>
<context>
    <name>PublishCommand</name>
    <message>
        <source>Publish final reviews to the programme server (same snapshot again: no change).</source>
        <translation>Publish final reviews to the programme server (same snapshot again: no change).</translation>
    </message>
    <message>
        <source>Sends each final review as an immutable snapshot, one server transaction per review. A review is marked published only after the server&apos;s COMMIT; one left pending by a lost connection is finished by the next publish. The same revision with other content is a conflict: listed, never overwritten. Drafts stay on this laptop.</source>
        <translation>Sends each final review as an immutable snapshot, one server transaction per review. A review is marked published only after the server&apos;s COMMIT; one left pending by a lost connection is finished by the next publish. The same revision with other content is a conflict: listed, never overwritten. Drafts stay on this laptop.</translation>
    </message>
    <message>
        <source>Reviews by their number in &apos;list&apos; or their UUID.</source>
        <translation>Reviews by their number in &apos;list&apos; or their UUID.</translation>
    </message>
    <message>
        <source>Every final review of this laptop&apos;s own.</source>
        <translation>Every final review of this laptop&apos;s own.</translation>
    </message>
    <message>
        <source>give review numbers or UUIDs, or --all-final</source>
        <translation>give review numbers or UUIDs, or --all-final</translation>
    </message>
    <message>
        <source>no programme server is configured: give --url postgresql://USER@HOST/DATABASE (nothing was connected)</source>
        <translation>no programme server is configured: give --url postgresql://USER@HOST/DATABASE (nothing was connected)</translation>
    </message>
    <message>
        <source>laatu-cli publish: %1</source>
        <translation>laatu-cli publish: %1</translation>
    </message>
    <message>
        <source>published</source>
        <translation>published</translation>
    </message>
    <message>
        <source>already-published</source>
        <translation>already-published</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>Published %1, already published %2, conflicts %3, refused %4, pending %5</source>
        <translation>Published %1, already published %2, conflicts %3, refused %4, pending %5</translation>
    </message>
</context>
<context>
    <name>PullCommand</name>
    <message>
        <source>Pull the programme&apos;s published reviews into this laptop&apos;s read-only copy.</source>
        <translation>Pull the programme&apos;s published reviews into this laptop&apos;s read-only copy.</translation>
    </message>
    <message>
        <source>Fetches what was published since the last pull (what this login may read) into the read-only programme copy; compare, history and export-csv count those reviews like this laptop&apos;s own (--own-only leaves them out). This laptop&apos;s own reviews are never replaced.</source>
        <translation>Fetches what was published since the last pull (what this login may read) into the read-only programme copy; compare, history and export-csv count those reviews like this laptop&apos;s own (--own-only leaves them out). This laptop&apos;s own reviews are never replaced.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unexpected argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no programme server is configured: give --url postgresql://USER@HOST/DATABASE (nothing was connected)</source>
        <translation>no programme server is configured: give --url postgresql://USER@HOST/DATABASE (nothing was connected)</translation>
    </message>
    <message>
        <source>Received %1: added %2, newer revision %3, unchanged %4, own (left alone) %5; up to snapshot %6</source>
        <translation>Received %1: added %2, newer revision %3, unchanged %4, own (left alone) %5; up to snapshot %6</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Parent Directory</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Create New Folder</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>List View</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detail View</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Files of type:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Save As</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>New Folder</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Show &amp;hidden files</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Directory:</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Directories</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>All Files (*)</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Show Details...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Hide Details...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Don&apos;t Save</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Close without Saving</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Go Back</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>RaterFileMerger</name>
    <message>
        <source>review %1 is not in this database; a file with a whole review is brought in with import, not merge</source>
        <translation>review %1 is not in this database; a file with a whole review is brought in with import, not merge</translation>
    </message>
    <message>
        <source>review %1 is not in this database; import the whole review first, then merge this reviewer&apos;s file into it</source>
        <translation>review %1 is not in this database; import the whole review first, then merge this reviewer&apos;s file into it</translation>
    </message>
    <message>
        <source>the file was rated against catalog %1 %2, the review here against %3 %4; they cannot be merged</source>
        <translation>the file was rated against catalog %1 %2, the review here against %3 %4; they cannot be merged</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>review %1 would have more than 10 reviewers after the merge; nothing was merged</source>
        <translation>review %1 would have more than 10 reviewers after the merge; nothing was merged</translation>
    </message>
    <message>
        <source>the file&apos;s review %1 is a review of site &quot;%2&quot; (%3) created %4, the review here of site &quot;%5&quot; (%6) created %7: they are not the same review</source>
        <translation>the file&apos;s review %1 is a review of site &quot;%2&quot; (%3) created %4, the review here of site &quot;%5&quot; (%6) created %7: they are not the same review</translation>
    </message>
    <message>
        <source>review %1 would have more than %2 coach or record rows after the merge; nothing was merged</source>
        <translation>review %1 would have more than %2 coach or record rows after the merge; nothing was merged</translation>
    </message>
</context>
<context>
    <name>RaterLookup</name>
    <message>
        <source>The review %1 has no reviewers yet.</source>
        <translation>The review %1 has no reviewers yet.</translation>
    </message>
    <message>
        <source>The review %1 has no reviewer &quot;%2&quot;; its reviewers are: %3.</source>
        <translation>The review %1 has no reviewer &quot;%2&quot;; its reviewers are: %3.</translation>
    </message>
    <message>
        <source>Several reviewers of review %1 are called &quot;%2&quot;; give the UUID instead: %3.</source>
        <translation>Several reviewers of review %1 are called &quot;%2&quot;; give the UUID instead: %3.</translation>
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
    <name>Report</name>
    <message>
        <source>Self-assessment</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <source>External review</source>
        <translation>External review</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Consensus agreed</source>
        <translation>Consensus agreed</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <source>Fidelity self-assessment report</source>
        <translation>Fidelity self-assessment report</translation>
    </message>
    <message>
        <source>Fidelity review report</source>
        <translation>Fidelity review report</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Site visit</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Wellbeing services county</source>
        <translation>Wellbeing services county</translation>
    </message>
    <message>
        <source>Review kind</source>
        <translation>Review kind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Reviewers</translation>
    </message>
    <message>
        <source>Criteria set</source>
        <translation>Criteria set</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>Created with Laatu %1 on %2</source>
        <translation>Created with Laatu %1 on %2</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Not determined</source>
        <translation>Not determined</translation>
    </message>
    <message>
        <source>Total score</source>
        <translation>Total score</translation>
    </message>
    <message>
        <source>Mean rating</source>
        <translation>Mean rating</translation>
    </message>
    <message>
        <source>Fidelity level</source>
        <translation>Fidelity level</translation>
    </message>
    <message>
        <source>The review is not complete: %1 of %2 criteria have a consensus rating (%3 points so far). The total, the mean and the level are given when every criterion is rated.</source>
        <translation>The review is not complete: %1 of %2 criteria have a consensus rating (%3 points so far). The total, the mean and the level are given when every criterion is rated.</translation>
    </message>
    <message>
        <source>Fidelity levels</source>
        <translation>Fidelity levels</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Section subtotals</source>
        <translation>Section subtotals</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>Ratings by criterion</source>
        <translation>Ratings by criterion</translation>
    </message>
    <message>
        <source>The consensus rating of each criterion, 1 to 5, coloured by section.</source>
        <translation>The consensus rating of each criterion, 1 to 5, coloured by section.</translation>
    </message>
    <message>
        <source>Previous review</source>
        <translation>Previous review</translation>
    </message>
    <message>
        <source>Criteria and ratings</source>
        <translation>Criteria and ratings</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>What the rating means</source>
        <translation>What the rating means</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Not rated yet</translation>
    </message>
    <message>
        <source>Agreement between reviewers</source>
        <translation>Agreement between reviewers</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 of %2 (%3)</translation>
    </message>
    <message>
        <source>Same rating</source>
        <translation>Same rating</translation>
    </message>
    <message>
        <source>Within one point</source>
        <translation>Within one point</translation>
    </message>
    <message>
        <source>Two points or more apart</source>
        <translation>Two points or more apart</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <source>Strengths and recommendations</source>
        <translation>Strengths and recommendations</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>No strengths or recommendations were written.</source>
        <translation>No strengths or recommendations were written.</translation>
    </message>
    <message>
        <source>The service as a whole</source>
        <translation>The service as a whole</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>No actions were agreed.</source>
        <translation>No actions were agreed.</translation>
    </message>
    <message>
        <source>Change since the previous review</source>
        <translation>Change since the previous review</translation>
    </message>
    <message>
        <source>Compared with the previous review of the site: %1, site visit %2.</source>
        <translation>Compared with the previous review of the site: %1, site visit %2.</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>This review</source>
        <translation>This review</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Evidence notes</source>
        <translation>Evidence notes</translation>
    </message>
    <message>
        <source>The reviewers&apos; notes by criterion and source of evidence.</source>
        <translation>The reviewers&apos; notes by criterion and source of evidence.</translation>
    </message>
    <message>
        <source>Reason for the consensus</source>
        <translation>Reason for the consensus</translation>
    </message>
    <message>
        <source>No notes were written.</source>
        <translation>No notes were written.</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Place and date</source>
        <translation>Place and date</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Elements present: %1 of %2</source>
        <translation>Elements present: %1 of %2</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notes: %1</translation>
    </message>
    <message>
        <source>Weighted kappa (quadratic weights)</source>
        <translation>Weighted kappa (quadratic weights)</translation>
    </message>
    <message>
        <source>%1 reviewers rated the criteria independently before they agreed the consensus ratings. The figures are of the %2 of %3 criteria that each of them rated.</source>
        <translation>%1 reviewers rated the criteria independently before they agreed the consensus ratings. The figures are of the %2 of %3 criteria that each of them rated.</translation>
    </message>
    <message>
        <source>The reviewers gave the same rating to each of these %1 criteria.</source>
        <translation>The reviewers gave the same rating to each of these %1 criteria.</translation>
    </message>
    <message>
        <source>Reasons for differences of two points or more</source>
        <translation>Reasons for differences of two points or more</translation>
    </message>
    <message>
        <source>No reason has been written.</source>
        <translation>No reason has been written.</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>DRAFT</translation>
    </message>
    <message>
        <source>Data request for the site visit</source>
        <translation>Data request for the site visit</translation>
    </message>
    <message>
        <source>If anything in this request is unclear, or a document does not exist in the form asked for, please contact the reviewers before the visit.</source>
        <translation>If anything in this request is unclear, or a document does not exist in the form asked for, please contact the reviewers before the visit.</translation>
    </message>
    <message>
        <source>Date of the request</source>
        <translation>Date of the request</translation>
    </message>
    <message>
        <source>We will review the service against the quality criteria on the dates above. To make the best use of the visit, please have the documents and figures listed below ready by its first day. We go through them with you on site; nothing needs to be sent in advance or written specially for the visit. Each item names the criterion it serves.</source>
        <translation>We will review the service against the quality criteria on the dates above. To make the best use of the visit, please have the documents and figures listed below ready by its first day. We go through them with you on site; nothing needs to be sent in advance or written specially for the visit. Each item names the criterion it serves.</translation>
    </message>
    <message>
        <source>What to have ready</source>
        <translation>What to have ready</translation>
    </message>
    <message>
        <source>Document or figure</source>
        <translation>Document or figure</translation>
    </message>
    <message>
        <source>For criterion</source>
        <translation>For criterion</translation>
    </message>
    <message>
        <source>This criteria set names no documents to prepare. The reviewers will agree with you what to look at, guided by the evidence listed for each criterion below.</source>
        <translation>This criteria set names no documents to prepare. The reviewers will agree with you what to look at, guided by the evidence listed for each criterion below.</translation>
    </message>
    <message>
        <source>For each job coach</source>
        <translation>For each job coach</translation>
    </message>
    <message>
        <source>For each client record in the sample</source>
        <translation>For each client record in the sample</translation>
    </message>
    <message>
        <source>Figures we will compute on the visit</source>
        <translation>Figures we will compute on the visit</translation>
    </message>
    <message>
        <source>On the visit we fill in the figures below together with you; the numbers of the criteria are computed from them. Having them at hand saves time.</source>
        <translation>On the visit we fill in the figures below together with you; the numbers of the criteria are computed from them. Having them at hand saves time.</translation>
    </message>
    <message>
        <source>Client records are identified by pseudonymous codes only (for example A01, A02): no client&apos;s name or personal identity code is written down.</source>
        <translation>Client records are identified by pseudonymous codes only (for example A01, A02): no client&apos;s name or personal identity code is written down.</translation>
    </message>
    <message>
        <source>Evidence for each criterion</source>
        <translation>Evidence for each criterion</translation>
    </message>
    <message>
        <source>Each criterion is rated from the kinds of evidence named beside it: the reviewers will ask for interviews, records and observations accordingly.</source>
        <translation>Each criterion is rated from the kinds of evidence named beside it: the reviewers will ask for interviews, records and observations accordingly.</translation>
    </message>
    <message>
        <source>What the figures rest on</source>
        <translation>What the figures rest on</translation>
    </message>
    <message>
        <source>The rule of a numeric criterion computes its number from two figures. Each figure was typed by a reviewer or computed from the evidence workbook (the coaches and the client records read on the visit); a typed figure is used instead of a computed one. The suggested rating is a suggestion only: the rating is the reviewers&apos; own.</source>
        <translation>The rule of a numeric criterion computes its number from two figures. Each figure was typed by a reviewer or computed from the evidence workbook (the coaches and the client records read on the visit); a typed figure is used instead of a computed one. The suggested rating is a suggestion only: the rating is the reviewers&apos; own.</translation>
    </message>
    <message>
        <source>computed from 1 coach</source>
        <translation>computed from 1 coach</translation>
    </message>
    <message>
        <source>computed from %1 coaches</source>
        <translation>computed from %1 coaches</translation>
    </message>
    <message>
        <source>computed from 1 record</source>
        <translation>computed from 1 record</translation>
    </message>
    <message>
        <source>computed from %1 records</source>
        <translation>computed from %1 records</translation>
    </message>
    <message>
        <source>typed by a reviewer (the workbook gives %1)</source>
        <translation>typed by a reviewer (the workbook gives %1)</translation>
    </message>
    <message>
        <source>typed by a reviewer</source>
        <translation>typed by a reviewer</translation>
    </message>
    <message>
        <source>not computed: a workbook row needs correcting</source>
        <translation>not computed: a workbook row needs correcting</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Partly typed, partly computed from the workbook</source>
        <translation>Partly typed, partly computed from the workbook</translation>
    </message>
    <message>
        <source>Computed from the workbook</source>
        <translation>Computed from the workbook</translation>
    </message>
    <message>
        <source>Typed by a reviewer</source>
        <translation>Typed by a reviewer</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>Records: %1</translation>
    </message>
    <message>
        <source>Suggested rating: %1</source>
        <translation>Suggested rating: %1</translation>
    </message>
    <message>
        <source>No suggestion: the value is outside the rule&apos;s range</source>
        <translation>No suggestion: the value is outside the rule&apos;s range</translation>
    </message>
    <message>
        <source>No suggestion until both figures are given</source>
        <translation>No suggestion until both figures are given</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Day %1</translation>
    </message>
    <message>
        <source>Day %1: %2 %3</source>
        <translation>Day %1: %2 %3</translation>
    </message>
    <message>
        <source>Site visit plan</source>
        <translation>Site visit plan</translation>
    </message>
    <message>
        <source>This is the agenda we propose for the site visit. Please check that the times suit the people named and tell us about anything that should change; we send the agreed plan back before the visit.</source>
        <translation>This is the agenda we propose for the site visit. Please check that the times suit the people named and tell us about anything that should change; we send the agreed plan back before the visit.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>With whom</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>The agenda has not been drawn up yet; the reviewers will send it.</source>
        <translation>The agenda has not been drawn up yet; the reviewers will send it.</translation>
    </message>
    <message>
        <source>Interviews with clients and a coach&apos;s day in the field need the clients&apos; consent; please ask for it in advance. Thank you for arranging the visit.</source>
        <translation>Interviews with clients and a coach&apos;s day in the field need the clients&apos; consent; please ask for it in advance. Thank you for arranging the visit.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Review number or UUID.</source>
        <translation>Review number or UUID.</translation>
    </message>
    <message>
        <source>The report&apos;s language: fi, sv or en (default: the user interface language).</source>
        <translation>The report&apos;s language: fi, sv or en (default: the user interface language).</translation>
    </message>
    <message>
        <source>Include the reviewers&apos; free-text evidence notes.</source>
        <translation>Include the reviewers&apos; free-text evidence notes.</translation>
    </message>
    <message>
        <source>expected one review number or UUID</source>
        <translation>expected one review number or UUID</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FILE is required</translation>
    </message>
    <message>
        <source>--lang must be fi, sv or en, not &quot;%1&quot;</source>
        <translation>--lang must be fi, sv or en, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>laatu-cli report: %1</source>
        <translation>laatu-cli report: %1</translation>
    </message>
    <message>
        <source>Wrote the report of %1 (%2 pages) to %3.</source>
        <translation>Wrote the report of %1 (%2 pages) to %3.</translation>
    </message>
    <message>
        <source>Write the report of one review as a PDF or an editable ODT file.</source>
        <translation>Write the report of one review as a PDF or an editable ODT file.</translation>
    </message>
    <message>
        <source>Writes the report of one review (A4 PDF, or ODT to edit in a word processor): cover, summary with the ratings chart, all criteria with their evidence, agreement between reviewers, strengths and recommendations, the action plan, the change since the site&apos;s previous review and signature lines. Evidence notes are left out unless --with-notes is given.</source>
        <translation>Writes the report of one review (A4 PDF, or ODT to edit in a word processor): cover, summary with the ratings chart, all criteria with their evidence, agreement between reviewers, strengths and recommendations, the action plan, the change since the site&apos;s previous review and signature lines. Evidence notes are left out unless --with-notes is given.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>The file to write.</translation>
    </message>
    <message>
        <source>pdf or odt (default: odt for a file name ending in .odt, otherwise pdf).</source>
        <translation>pdf or odt (default: odt for a file name ending in .odt, otherwise pdf).</translation>
    </message>
    <message>
        <source>--format must be pdf or odt, not &quot;%1&quot;</source>
        <translation>--format must be pdf or odt, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Wrote the report of %1 to %2 (OpenDocument text).</source>
        <translation>Wrote the report of %1 to %2 (OpenDocument text).</translation>
    </message>
    <message>
        <source>In the appendix, list the codes of the records each computed figure rests on.</source>
        <translation>In the appendix, list the codes of the records each computed figure rests on.</translation>
    </message>
</context>
<context>
    <name>ReportOdt</name>
    <message>
        <source>%1 was not written: the report could not be laid out (fonts need a graphical application).</source>
        <translation>%1 was not written: the report could not be laid out (fonts need a graphical application).</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 cannot be written: %2.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2.</source>
        <translation>%1 could not be saved: %2.</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>Report &amp;language:</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Report language</translation>
    </message>
    <message>
        <source>Include the evidence &amp;notes</source>
        <translation>Include the evidence &amp;notes</translation>
    </message>
    <message>
        <source>Notes can hold details about clients and staff. Leave them out of a report that goes beyond the review team.</source>
        <translation>Notes can hold details about clients and staff. Leave them out of a report that goes beyond the review team.</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 cannot be written: %2.</translation>
    </message>
    <message>
        <source>%1 was not written: the report could not be laid out (fonts need a graphical application).</source>
        <translation>%1 was not written: the report could not be laid out (fonts need a graphical application).</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2.</source>
        <translation>%1 could not be saved: %2.</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Replace the database by a backup; the current file is kept aside.</source>
        <translation>Replace the database by a backup; the current file is kept aside.</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>The backup file.</translation>
    </message>
    <message>
        <source>expected one backup file</source>
        <translation>expected one backup file</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>Restored %1 from %2.</translation>
    </message>
    <message>
        <source>The previous database was kept as %1.</source>
        <translation>The previous database was kept as %1.</translation>
    </message>
    <message>
        <source>Checks the backup, builds the restored database beside the current one and checks it, keeps the current database (with its -wal and -shm files) under a new name, and renames the restored file into its place: the database path always holds a whole database, the old or the restored one. Laatu must not have the database open.</source>
        <translation>Checks the backup, builds the restored database beside the current one and checks it, keeps the current database (with its -wal and -shm files) under a new name, and renames the restored file into its place: the database path always holds a whole database, the old or the restored one. Laatu must not have the database open.</translation>
    </message>
</context>
<context>
    <name>ReviewDocumentReader</name>
    <message>
        <source>reading review %1</source>
        <translation>reading review %1</translation>
    </message>
    <message>
        <source>review %1 is in the file, but its rows cannot be reached</source>
        <translation>review %1 is in the file, but its rows cannot be reached</translation>
    </message>
</context>
<context>
    <name>ReviewDocumentWriter</name>
    <message>
        <source>saving the review</source>
        <translation>saving the review</translation>
    </message>
    <message>
        <source>A rating names reviewer %1, who is not in the review.</source>
        <translation>A rating names reviewer %1, who is not in the review.</translation>
    </message>
</context>
<context>
    <name>ReviewFileFormat</name>
    <message>
        <source>&quot;%1&quot; must be a text</source>
        <translation>&quot;%1&quot; must be a text</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be empty</source>
        <translation>&quot;%1&quot; must not be empty</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters</source>
        <translation>&quot;%1&quot; is longer than %2 characters</translation>
    </message>
    <message>
        <source>&quot;uuid&quot; must be a lower-case UUID</source>
        <translation>&quot;uuid&quot; must be a lower-case UUID</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a date YYYY-MM-DD between 2000 and 2100</source>
        <translation>&quot;%1&quot; must be a date YYYY-MM-DD between 2000 and 2100</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a UTC time like 2026-05-04T09:30:00Z</source>
        <translation>&quot;%1&quot; must be a UTC time like 2026-05-04T09:30:00Z</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than %2 entries</source>
        <translation>&quot;%1&quot; has more than %2 entries</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>the file is larger than %1 MiB</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>not valid JSON at byte %1: %2</translation>
    </message>
    <message>
        <source>not a Laatu review file (the top level must be an object)</source>
        <translation>not a Laatu review file (the top level must be an object)</translation>
    </message>
    <message>
        <source>not a Laatu review file (&quot;format&quot; must be &quot;%1&quot;)</source>
        <translation>not a Laatu review file (&quot;format&quot; must be &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>the review file format %1 is newer than this Laatu reads (%2); update Laatu</source>
        <translation>the review file format %1 is newer than this Laatu reads (%2); update Laatu</translation>
    </message>
    <message>
        <source>catalog</source>
        <translation>catalog</translation>
    </message>
    <message>
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <source>review</source>
        <translation>review</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (external or self-assessment)</source>
        <translation>unknown kind &quot;%1&quot; (external or self-assessment)</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (draft, consensus or final)</source>
        <translation>unknown status &quot;%1&quot; (draft, consensus or final)</translation>
    </message>
    <message>
        <source>the visit ends before it starts</source>
        <translation>the visit ends before it starts</translation>
    </message>
    <message>
        <source>reviewer %1</source>
        <translation>reviewer %1</translation>
    </message>
    <message>
        <source>consensus</source>
        <translation>consensus</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>evidence</translation>
    </message>
    <message>
        <source>evidence note</source>
        <translation>evidence note</translation>
    </message>
    <message>
        <source>evidence number</source>
        <translation>evidence number</translation>
    </message>
    <message>
        <source>evidence element</source>
        <translation>evidence element</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>finding</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (strength or recommendation)</source>
        <translation>unknown kind &quot;%1&quot; (strength or recommendation)</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation>unknown status &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds characters that are not valid text</source>
        <translation>&quot;%1&quot; holds characters that are not valid text</translation>
    </message>
    <message>
        <source>one-rater file</source>
        <translation>one-rater file</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a lower-case UUID</source>
        <translation>&quot;%1&quot; must be a lower-case UUID</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is %2, but the file must then hold exactly that one reviewer (it holds %n)</source>
        <translation>
            <numerusform>&quot;%1&quot; is %2, but the file must then hold exactly that one reviewer (it holds %n)</numerusform>
            <numerusform>&quot;%1&quot; is %2, but the file must then hold exactly that one reviewer (it holds %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>a file with &quot;%1&quot; holds one reviewer&apos;s own ratings only: no consensus ratings, findings or actions</source>
        <translation>a file with &quot;%1&quot; holds one reviewer&apos;s own ratings only: no consensus ratings, findings or actions</translation>
    </message>
    <message>
        <source>hand-out file</source>
        <translation>hand-out file</translation>
    </message>
    <message>
        <source>&quot;uuid&quot; is the nil UUID (all zeros), which names nothing</source>
        <translation>&quot;uuid&quot; is the nil UUID (all zeros), which names nothing</translation>
    </message>
    <message>
        <source>the file holds a NUL byte at byte %1; a review file is UTF-8 text</source>
        <translation>the file holds a NUL byte at byte %1; a review file is UTF-8 text</translation>
    </message>
    <message>
        <source>&quot;formatVersion&quot; must be 1 or %1</source>
        <translation>&quot;formatVersion&quot; must be 1 or %1</translation>
    </message>
    <message>
        <source>a workbook needs &quot;formatVersion&quot; 2</source>
        <translation>a workbook needs &quot;formatVersion&quot; 2</translation>
    </message>
    <message>
        <source>a visit plan needs &quot;formatVersion&quot; 2</source>
        <translation>a visit plan needs &quot;formatVersion&quot; 2</translation>
    </message>
</context>
<context>
    <name>ReviewFileIo</name>
    <message>
        <source>there is no such file</source>
        <translation>there is no such file</translation>
    </message>
    <message>
        <source>the file is too large for a review file (%1 bytes; at most %2)</source>
        <translation>the file is too large for a review file (%1 bytes; at most %2)</translation>
    </message>
    <message>
        <source>%1 was not written: the review cannot be a review file (%2).</source>
        <translation>%1 was not written: the review cannot be a review file (%2).</translation>
    </message>
    <message>
        <source>the file %1</source>
        <translation>the file %1</translation>
    </message>
</context>
<context>
    <name>ReviewImporter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 holds only %2&apos;s own ratings (a one-rater file from export-mine); bring it in with `laatu-cli merge %1` so the other reviewers, the consensus and the findings are kept</source>
        <translation>%1 holds only %2&apos;s own ratings (a one-rater file from export-mine); bring it in with `laatu-cli merge %1` so the other reviewers, the consensus and the findings are kept</translation>
    </message>
    <message numerus="yes">
        <source>this hand-out is for review %1 of %2, which is already in this database with %n rating(s) and notes made here; importing it again would replace them, so nothing was changed</source>
        <translation>
            <numerusform>this hand-out is for review %1 of %2, which is already in this database with %n rating and notes made here; importing it again would replace them, so nothing was changed</numerusform>
            <numerusform>this hand-out is for review %1 of %2, which is already in this database with %n ratings and notes made here; importing it again would replace them, so nothing was changed</numerusform>
        </translation>
    </message>
    <message>
        <source>it carries review %1, as %2 does; import one of them</source>
        <translation>it carries review %1, as %2 does; import one of them</translation>
    </message>
    <message numerus="yes">
        <source>the file has no reviewers, but review %1 here has %n with their ratings; importing it would remove them</source>
        <translation>
            <numerusform>the file has no reviewers, but review %1 here has %n with their ratings; importing it would remove them</numerusform>
            <numerusform>the file has no reviewers, but review %1 here has %n with their ratings; importing it would remove them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewRepository</name>
    <message>
        <source>storing catalog %1 %2</source>
        <translation>storing catalog %1 %2</translation>
    </message>
    <message>
        <source>Catalog %1 version %2 is already stored with different content; give the changed catalog a new version.</source>
        <translation>Catalog %1 version %2 is already stored with different content; give the changed catalog a new version.</translation>
    </message>
    <message>
        <source>reading catalog %1 %2</source>
        <translation>reading catalog %1 %2</translation>
    </message>
    <message>
        <source>Catalog %1 version %2 is not known to this database. Load that catalog first.</source>
        <translation>Catalog %1 version %2 is not known to this database. Load that catalog first.</translation>
    </message>
    <message>
        <source>listing the reviews</source>
        <translation>listing the reviews</translation>
    </message>
    <message>
        <source>finding review %1</source>
        <translation>finding review %1</translation>
    </message>
    <message>
        <source>Review %1 is final in this database; reopen it before replacing it.</source>
        <translation>Review %1 is final in this database; reopen it before replacing it.</translation>
    </message>
    <message numerus="yes">
        <source>saving %n review(s)</source>
        <translation>
            <numerusform>saving %n review</numerusform>
            <numerusform>saving %n reviews</numerusform>
        </translation>
    </message>
    <message>
        <source>deleting review %1</source>
        <translation>deleting review %1</translation>
    </message>
    <message>
        <source>The review is final, so %1 did not happen. Reopen it first; the reopening and every later change are logged.</source>
        <translation>The review is final, so %1 did not happen. Reopen it first; the reopening and every later change are logged.</translation>
    </message>
    <message>
        <source>The catalog has no criterion &quot;%1&quot;.</source>
        <translation>The catalog has no criterion &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A rating must be a whole number from %1 to %2, not %3.</source>
        <translation>A rating must be a whole number from %1 to %2, not %3.</translation>
    </message>
    <message>
        <source>saving the consensus rating of %1</source>
        <translation>saving the consensus rating of %1</translation>
    </message>
    <message>
        <source>saving the rating of %1</source>
        <translation>saving the rating of %1</translation>
    </message>
    <message>
        <source>The review has no reviewer %1.</source>
        <translation>The review has no reviewer %1.</translation>
    </message>
    <message>
        <source>saving the note on %1</source>
        <translation>saving the note on %1</translation>
    </message>
    <message>
        <source>The catalog has no evidence source &quot;%1&quot;.</source>
        <translation>The catalog has no evidence source &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>finalising the review</source>
        <translation>finalising the review</translation>
    </message>
    <message>
        <source>The review cannot be final while criteria are unrated: %1.</source>
        <translation>The review cannot be final while criteria are unrated: %1.</translation>
    </message>
    <message>
        <source>The reviewers&apos; ratings differ by 2 or more on %1: write the reason for the consensus rating before the review can be final.</source>
        <translation>The reviewers&apos; ratings differ by 2 or more on %1: write the reason for the consensus rating before the review can be final.</translation>
    </message>
    <message>
        <source>reopening the review</source>
        <translation>reopening the review</translation>
    </message>
    <message>
        <source>Say why the final review is reopened; the reason is logged.</source>
        <translation>Say why the final review is reopened; the reason is logged.</translation>
    </message>
    <message>
        <source>Only a final review can be reopened.</source>
        <translation>Only a final review can be reopened.</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>reading the audit log</translation>
    </message>
    <message>
        <source>saving a number of %1</source>
        <translation>saving a number of %1</translation>
    </message>
    <message>
        <source>Criterion %1 has no input &quot;%2&quot;.</source>
        <translation>Criterion %1 has no input &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; is not a number.</translation>
    </message>
    <message>
        <source>saving the checklist of %1</source>
        <translation>saving the checklist of %1</translation>
    </message>
    <message>
        <source>Criterion %1 has no checklist element &quot;%2&quot;.</source>
        <translation>Criterion %1 has no checklist element &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>saving a finding</source>
        <translation>saving a finding</translation>
    </message>
    <message>
        <source>A finding needs an identifier and a text.</source>
        <translation>A finding needs an identifier and a text.</translation>
    </message>
    <message>
        <source>removing a finding</source>
        <translation>removing a finding</translation>
    </message>
    <message>
        <source>saving an action item</source>
        <translation>saving an action item</translation>
    </message>
    <message>
        <source>An action item needs an identifier and a description.</source>
        <translation>An action item needs an identifier and a description.</translation>
    </message>
    <message>
        <source>removing an action item</source>
        <translation>removing an action item</translation>
    </message>
    <message>
        <source>revealing the reviewers&apos; ratings</source>
        <translation>revealing the reviewers&apos; ratings</translation>
    </message>
    <message>
        <source>The catalog %1 %2 stored in the database is damaged (%3). Run &apos;laatu-cli check&apos; and restore the newest backup (laatu-cli restore).</source>
        <translation>The catalog %1 %2 stored in the database is damaged (%3). Run &apos;laatu-cli check&apos; and restore the newest backup (laatu-cli restore).</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>finding</translation>
    </message>
    <message>
        <source>what</source>
        <translation>what</translation>
    </message>
    <message>
        <source>who</source>
        <translation>who</translation>
    </message>
    <message>
        <source>listing the reviews of a site</source>
        <translation>listing the reviews of a site</translation>
    </message>
    <message>
        <source>counting the reviews</source>
        <translation>counting the reviews</translation>
    </message>
    <message>
        <source>clearing the record sample</source>
        <translation>clearing the record sample</translation>
    </message>
    <message>
        <source>The record sample is cleared once the review is final; finalise it first.</source>
        <translation>The record sample is cleared once the review is final; finalise it first.</translation>
    </message>
    <message>
        <source>This review&apos;s workbook holds no record rows.</source>
        <translation>This review&apos;s workbook holds no record rows.</translation>
    </message>
    <message>
        <source>saving an item of the visit plan</source>
        <translation>saving an item of the visit plan</translation>
    </message>
    <message>
        <source>visit plan item</source>
        <translation>visit plan item</translation>
    </message>
    <message>
        <source>A visit plan holds at most %1 items.</source>
        <translation>A visit plan holds at most %1 items.</translation>
    </message>
    <message>
        <source>removing an item of the visit plan</source>
        <translation>removing an item of the visit plan</translation>
    </message>
    <message>
        <source>The visit plan has no item %1.</source>
        <translation>The visit plan has no item %1.</translation>
    </message>
    <message>
        <source>moving an item of the visit plan</source>
        <translation>moving an item of the visit plan</translation>
    </message>
    <message>
        <source>The item is already the first.</source>
        <translation>The item is already the first.</translation>
    </message>
    <message>
        <source>The item is already the last.</source>
        <translation>The item is already the last.</translation>
    </message>
    <message>
        <source>replacing the visit plan</source>
        <translation>replacing the visit plan</translation>
    </message>
    <message>
        <source>saving a workbook row</source>
        <translation>saving a workbook row</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>A workbook row needs an identifier.</source>
        <translation>A workbook row needs an identifier.</translation>
    </message>
    <message>
        <source>The catalog&apos;s workbook has no field &quot;%1&quot; for %2.</source>
        <translation>The catalog&apos;s workbook has no field &quot;%1&quot; for %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; is not a valid value for &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The record sample of this review was cleared; no record rows are added to it again.</source>
        <translation>The record sample of this review was cleared; no record rows are added to it again.</translation>
    </message>
    <message>
        <source>The workbook row %1 belongs to the other table.</source>
        <translation>The workbook row %1 belongs to the other table.</translation>
    </message>
    <message>
        <source>removing a workbook row</source>
        <translation>removing a workbook row</translation>
    </message>
</context>
<context>
    <name>ReviewTextCheck</name>
    <message>
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <source>review</source>
        <translation>review</translation>
    </message>
    <message>
        <source>catalog</source>
        <translation>catalog</translation>
    </message>
    <message>
        <source>reviewer %1</source>
        <translation>reviewer %1</translation>
    </message>
    <message>
        <source>consensus</source>
        <translation>consensus</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>rating</translation>
    </message>
    <message>
        <source>evidence note</source>
        <translation>evidence note</translation>
    </message>
    <message>
        <source>evidence number</source>
        <translation>evidence number</translation>
    </message>
    <message>
        <source>evidence element</source>
        <translation>evidence element</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>finding</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>visit plan item %1</source>
        <translation>visit plan item %1</translation>
    </message>
</context>
<context>
    <name>ReviewValidator</name>
    <message>
        <source>the review was rated against catalog %1 %2, not %3 %4</source>
        <translation>the review was rated against catalog %1 %2, not %3 %4</translation>
    </message>
    <message>
        <source>reviewer %1 appears twice</source>
        <translation>reviewer %1 appears twice</translation>
    </message>
    <message>
        <source>consensus</source>
        <translation>consensus</translation>
    </message>
    <message>
        <source>%1 rates unknown criterion &quot;%2&quot;</source>
        <translation>%1 rates unknown criterion &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 rates %2 as %3; ratings are whole numbers %4-%5</source>
        <translation>%1 rates %2 as %3; ratings are whole numbers %4-%5</translation>
    </message>
    <message>
        <source>%1 rates %2 twice</source>
        <translation>%1 rates %2 twice</translation>
    </message>
    <message>
        <source>a note is about unknown criterion &quot;%1&quot;</source>
        <translation>a note is about unknown criterion &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a note on %1 names unknown source &quot;%2&quot;</source>
        <translation>a note on %1 names unknown source &quot;%2&quot;</translation>
    </message>
    <message>
        <source>two notes on %1 from %2</source>
        <translation>two notes on %1 from %2</translation>
    </message>
    <message>
        <source>criterion &quot;%1&quot; has no number &quot;%2&quot;</source>
        <translation>criterion &quot;%1&quot; has no number &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the number %1 of %2 is &quot;%3&quot;, not a number of 0 or more</source>
        <translation>the number %1 of %2 is &quot;%3&quot;, not a number of 0 or more</translation>
    </message>
    <message>
        <source>the number %1 of %2 is given twice</source>
        <translation>the number %1 of %2 is given twice</translation>
    </message>
    <message>
        <source>criterion &quot;%1&quot; has no element &quot;%2&quot;</source>
        <translation>criterion &quot;%1&quot; has no element &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the element %1 of %2 is given twice</source>
        <translation>the element %1 of %2 is given twice</translation>
    </message>
    <message>
        <source>a finding is about unknown criterion &quot;%1&quot;</source>
        <translation>a finding is about unknown criterion &quot;%1&quot;</translation>
    </message>
    <message>
        <source>finding %1 appears twice</source>
        <translation>finding %1 appears twice</translation>
    </message>
    <message>
        <source>action %1 appears twice</source>
        <translation>action %1 appears twice</translation>
    </message>
    <message>
        <source>workbook %1 row %2</source>
        <translation>workbook %1 row %2</translation>
    </message>
    <message>
        <source>%1: the row %2 appears twice</source>
        <translation>%1: the row %2 appears twice</translation>
    </message>
    <message>
        <source>%1: filled by reviewer %2, who is not in the review</source>
        <translation>%1: filled by reviewer %2, who is not in the review</translation>
    </message>
    <message>
        <source>%1: the catalog declares no %2 field &quot;%3&quot;</source>
        <translation>%1: the catalog declares no %2 field &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid %3 for &quot;%4&quot;</source>
        <translation>%1: &quot;%2&quot; is not a valid %3 for &quot;%4&quot;</translation>
    </message>
    <message>
        <source>the workbook says its records were cleared, but it still holds record rows (%1)</source>
        <translation>the workbook says its records were cleared, but it still holds record rows (%1)</translation>
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
    <message>
        <source>duplicate input key &quot;%1&quot;</source>
        <translation>duplicate input key &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;minimum&quot; %1 is above &quot;maximum&quot; %2</source>
        <translation>&quot;minimum&quot; %1 is above &quot;maximum&quot; %2</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>reading the schema</source>
        <translation>reading the schema</translation>
    </message>
    <message>
        <source>building the schema</source>
        <translation>building the schema</translation>
    </message>
    <message>
        <source>the table &quot;%1&quot;</source>
        <translation>the table &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the index &quot;%1&quot; on %2</source>
        <translation>the index &quot;%1&quot; on %2</translation>
    </message>
    <message>
        <source>the trigger &quot;%1&quot; on %2</source>
        <translation>the trigger &quot;%1&quot; on %2</translation>
    </message>
    <message>
        <source>the view &quot;%1&quot;</source>
        <translation>the view &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot;</source>
        <translation>the %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 is missing</translation>
    </message>
    <message>
        <source>%1 is not as Laatu made it</source>
        <translation>%1 is not as Laatu made it</translation>
    </message>
    <message>
        <source>%1 was added</source>
        <translation>%1 was added</translation>
    </message>
    <message>
        <source>reading the journal mode</source>
        <translation>reading the journal mode</translation>
    </message>
    <message>
        <source>the journal mode is &quot;%1&quot;, not &quot;wal&quot;</source>
        <translation>the journal mode is &quot;%1&quot;, not &quot;wal&quot;</translation>
    </message>
    <message>
        <source>%1 is damaged or has been changed outside Laatu (%2). Laatu does not write to it: restore the newest backup (laatu-cli restore).</source>
        <translation>%1 is damaged or has been changed outside Laatu (%2). Laatu does not write to it: restore the newest backup (laatu-cli restore).</translation>
    </message>
</context>
<context>
    <name>SchemaMigrations</name>
    <message>
        <source>No upgrade step to database version %1.</source>
        <translation>No upgrade step to database version %1.</translation>
    </message>
    <message>
        <source>creating the database</source>
        <translation>creating the database</translation>
    </message>
    <message>
        <source>upgrading the database to version 2</source>
        <translation>upgrading the database to version 2</translation>
    </message>
    <message>
        <source>upgrading the database to version 3</source>
        <translation>upgrading the database to version 3</translation>
    </message>
    <message>
        <source>upgrading the database to version 4</source>
        <translation>upgrading the database to version 4</translation>
    </message>
    <message>
        <source>upgrading the database to version 5</source>
        <translation>upgrading the database to version 5</translation>
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
    <name>ServerAccess</name>
    <message>
        <source>The programme server as a libpq URI: postgresql://USER@HOST:5432/DATABASE?sslrootcert=CA.pem (TLS verify-full), or ?host=/socket/folder.</source>
        <translation>The programme server as a libpq URI: postgresql://USER@HOST:5432/DATABASE?sslrootcert=CA.pem (TLS verify-full), or ?host=/socket/folder.</translation>
    </message>
    <message>
        <source>Allow an unverified connection (sslmode other than verify-full) to a test server on this machine.</source>
        <translation>Allow an unverified connection (sslmode other than verify-full) to a test server on this machine.</translation>
    </message>
    <message>
        <source>no programme server is configured: give --url postgresql://USER@HOST/DATABASE (nothing was connected)</source>
        <translation>no programme server is configured: give --url postgresql://USER@HOST/DATABASE (nothing was connected)</translation>
    </message>
    <message>
        <source>Password for %1 on %2: </source>
        <translation>Password for %1 on %2: </translation>
    </message>
    <message>
        <source>laatu-cli %1: %2</source>
        <translation>laatu-cli %1: %2</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL connection URI; write it like postgresql://USER@HOST:5432/DATABASE</source>
        <translation>&quot;%1&quot; is not a PostgreSQL connection URI; write it like postgresql://USER@HOST:5432/DATABASE</translation>
    </message>
    <message>
        <source>the URL holds a password; leave it out and give the password when asked (or in PGPASSWORD for scripts), so it is not kept in shell history</source>
        <translation>the URL holds a password; leave it out and give the password when asked (or in PGPASSWORD for scripts), so it is not kept in shell history</translation>
    </message>
    <message>
        <source>the URL parameter %1 may not hold a &apos;;&apos;</source>
        <translation>the URL parameter %1 may not hold a &apos;;&apos;</translation>
    </message>
    <message>
        <source>the URL parameter &quot;%1&quot; is not one Laatu passes on (host, port, dbname, user, sslmode, sslrootcert, sslcrl, sslcert, sslkey, connect_timeout)</source>
        <translation>the URL parameter &quot;%1&quot; is not one Laatu passes on (host, port, dbname, user, sslmode, sslrootcert, sslcrl, sslcert, sslkey, connect_timeout)</translation>
    </message>
    <message>
        <source>the URL must name the host (or ?host=/socket/folder), the database and the user: postgresql://USER@HOST:5432/DATABASE</source>
        <translation>the URL must name the host (or ?host=/socket/folder), the database and the user: postgresql://USER@HOST:5432/DATABASE</translation>
    </message>
    <message>
        <source>the port must be between 1 and 65535</source>
        <translation>the port must be between 1 and 65535</translation>
    </message>
    <message>
        <source>connect_timeout must be between 1 and %1 seconds</source>
        <translation>connect_timeout must be between 1 and %1 seconds</translation>
    </message>
    <message>
        <source>sslmode &quot;%1&quot; is not one of %2</source>
        <translation>sslmode &quot;%1&quot; is not one of %2</translation>
    </message>
    <message>
        <source>sslmode=%1 does not check that %2 is the programme&apos;s server; Laatu connects to a network host only with sslmode=verify-full (an unverified connection is possible only to a test server on this machine, when explicitly allowed)</source>
        <translation>sslmode=%1 does not check that %2 is the programme&apos;s server; Laatu connects to a network host only with sslmode=verify-full (an unverified connection is possible only to a test server on this machine, when explicitly allowed)</translation>
    </message>
    <message>
        <source>socket folder %1, port %2</source>
        <translation>socket folder %1, port %2</translation>
    </message>
    <message>
        <source>%1 on %2, database %3 (sslmode=%4, connect_timeout=%5 s)</source>
        <translation>%1 on %2, database %3 (sslmode=%4, connect_timeout=%5 s)</translation>
    </message>
</context>
<context>
    <name>ServerCommand</name>
    <message>
        <source>Server: %1 as %2</source>
        <translation>Server: %1 as %2</translation>
    </message>
    <message>
        <source>Schema version: %1 (this Laatu needs %2)</source>
        <translation>Schema version: %1 (this Laatu needs %2)</translation>
    </message>
    <message>
        <source>counting the snapshots</source>
        <translation>counting the snapshots</translation>
    </message>
    <message>
        <source>Snapshots visible to this login: %1; conflicts: %2</source>
        <translation>Snapshots visible to this login: %1; conflicts: %2</translation>
    </message>
    <message>
        <source>Final reviews never published: %1</source>
        <translation>Final reviews never published: %1</translation>
    </message>
    <message>
        <source>Never pulled.</source>
        <translation>Never pulled.</translation>
    </message>
    <message>
        <source>Last pull: %1 from %2, up to snapshot %3</source>
        <translation>Last pull: %1 from %2, up to snapshot %3</translation>
    </message>
    <message>
        <source>The programme server: init, upgrade, status, add-user, assign, unassign.</source>
        <translation>The programme server: init, upgrade, status, add-user, assign, unassign.</translation>
    </message>
    <message>
        <source>init: create the programme&apos;s roles and schema (run by the administrator; safe to run again). upgrade: bring the schema to the version this Laatu knows. status: the server&apos;s schema version, what this laptop has pending and its conflicts. add-user, assign, unassign: see &apos;laatu-cli server add-user --help&apos;.</source>
        <translation>init: create the programme&apos;s roles and schema (run by the administrator; safe to run again). upgrade: bring the schema to the version this Laatu knows. status: the server&apos;s schema version, what this laptop has pending and its conflicts. add-user, assign, unassign: see &apos;laatu-cli server add-user --help&apos;.</translation>
    </message>
    <message>
        <source>init, upgrade or status.</source>
        <translation>init, upgrade or status.</translation>
    </message>
    <message>
        <source>expected one of init, upgrade, status, add-user, assign, unassign</source>
        <translation>expected one of init, upgrade, status, add-user, assign, unassign</translation>
    </message>
</context>
<context>
    <name>ServerConnection</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; on Debian install the package libqt6sql6-psql. Tried nothing.</source>
        <translation>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; on Debian install the package libqt6sql6-psql. Tried nothing.</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>connecting to %1</translation>
    </message>
    <message>
        <source>The programme server could not be reached. Tried %1: %2</source>
        <translation>The programme server could not be reached. Tried %1: %2</translation>
    </message>
    <message>
        <source>setting up the connection</source>
        <translation>setting up the connection</translation>
    </message>
</context>
<context>
    <name>ServerSchema</name>
    <message>
        <source>reading the server&apos;s schema version</source>
        <translation>reading the server&apos;s schema version</translation>
    </message>
    <message>
        <source>The server %1 has no Laatu programme schema (this Laatu needs version %2). The administrator sets it up with laatu-cli server init.</source>
        <translation>The server %1 has no Laatu programme schema (this Laatu needs version %2). The administrator sets it up with laatu-cli server init.</translation>
    </message>
    <message>
        <source>The server&apos;s programme schema is version %1; this Laatu needs version %2. The administrator upgrades it with laatu-cli server upgrade.</source>
        <translation>The server&apos;s programme schema is version %1; this Laatu needs version %2. The administrator upgrades it with laatu-cli server upgrade.</translation>
    </message>
    <message>
        <source>The server&apos;s programme schema is version %1, newer than this Laatu knows (it needs version %2): update Laatu before publishing or pulling.</source>
        <translation>The server&apos;s programme schema is version %1, newer than this Laatu knows (it needs version %2): update Laatu before publishing or pulling.</translation>
    </message>
    <message>
        <source>creating the programme&apos;s roles and schema</source>
        <translation>creating the programme&apos;s roles and schema</translation>
    </message>
    <message>
        <source>roles laatu_owner (no login), laatu_reviewer, laatu_county_manager, laatu_programme_manager and schema laatu are in place</source>
        <translation>roles laatu_owner (no login), laatu_reviewer, laatu_county_manager, laatu_programme_manager and schema laatu are in place</translation>
    </message>
    <message>
        <source>the programme schema is at version %1, nothing to do</source>
        <translation>the programme schema is at version %1, nothing to do</translation>
    </message>
    <message>
        <source>upgrading the programme schema to version %1</source>
        <translation>upgrading the programme schema to version %1</translation>
    </message>
    <message>
        <source>programme schema upgraded to version %1</source>
        <translation>programme schema upgraded to version %1</translation>
    </message>
</context>
<context>
    <name>ServerUserCommand</name>
    <message>
        <source>Add a person to the programme, or change their counties.</source>
        <translation>Add a person to the programme, or change their counties.</translation>
    </message>
    <message>
        <source>add-user NAME --role reviewer|county-manager|programme-manager [--county C]...: a login for one person, its password read from the terminal (or one line of standard input) and sent to the server only as a SCRAM verifier. assign NAME --county C...: more counties. unassign NAME --county C...: fewer.</source>
        <translation>add-user NAME --role reviewer|county-manager|programme-manager [--county C]...: a login for one person, its password read from the terminal (or one line of standard input) and sent to the server only as a SCRAM verifier. assign NAME --county C...: more counties. unassign NAME --county C...: fewer.</translation>
    </message>
    <message>
        <source>add-user, assign or unassign.</source>
        <translation>add-user, assign or unassign.</translation>
    </message>
    <message>
        <source>The person&apos;s login.</source>
        <translation>The person&apos;s login.</translation>
    </message>
    <message>
        <source>reviewer, county-manager or programme-manager.</source>
        <translation>reviewer, county-manager or programme-manager.</translation>
    </message>
    <message>
        <source>A county the person publishes to or reads (repeatable).</source>
        <translation>A county the person publishes to or reads (repeatable).</translation>
    </message>
    <message>
        <source>expected the action and one login name</source>
        <translation>expected the action and one login name</translation>
    </message>
    <message>
        <source>--role must be reviewer, county-manager or programme-manager</source>
        <translation>--role must be reviewer, county-manager or programme-manager</translation>
    </message>
    <message>
        <source>a reviewer or county manager needs --county</source>
        <translation>a reviewer or county manager needs --county</translation>
    </message>
    <message>
        <source>--county is required</source>
        <translation>--county is required</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a login: lower-case letters, digits and . _ - @, beginning with a letter</source>
        <translation>&quot;%1&quot; cannot be a login: lower-case letters, digits and . _ - @, beginning with a letter</translation>
    </message>
    <message>
        <source>Password for the new user %1: </source>
        <translation>Password for the new user %1: </translation>
    </message>
    <message>
        <source>the password must have at least 12 characters</source>
        <translation>the password must have at least 12 characters</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ServerUsers</name>
    <message>
        <source>adding the user %1</source>
        <translation>adding the user %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a login: use lower-case letters, digits and . _ - @, beginning with a letter (not pg_ or laatu_)</source>
        <translation>&quot;%1&quot; cannot be a login: use lower-case letters, digits and . _ - @, beginning with a letter (not pg_ or laatu_)</translation>
    </message>
    <message>
        <source>the password must have at least 12 characters</source>
        <translation>the password must have at least 12 characters</translation>
    </message>
    <message>
        <source>assigning counties to %1</source>
        <translation>assigning counties to %1</translation>
    </message>
    <message>
        <source>taking counties from %1</source>
        <translation>taking counties from %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>Every command of the menus and of the criterion page, with its keys. In a menu or on a page, Alt and the underlined letter choose a command too.</source>
        <translation>Every command of the menus and of the criterion page, with its keys. In a menu or on a page, Alt and the underlined letter choose a command too.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>ShowCommand</name>
    <message>
        <source>Show one review: site, reviewers, ratings, score, findings, actions.</source>
        <translation>Show one review: site, reviewers, ratings, score, findings, actions.</translation>
    </message>
    <message>
        <source>Shows one review, given by its number in &apos;list&apos; or its UUID.</source>
        <translation>Shows one review, given by its number in &apos;list&apos; or its UUID.</translation>
    </message>
    <message>
        <source>Review number or UUID.</source>
        <translation>Review number or UUID.</translation>
    </message>
    <message>
        <source>Print the review and its score card as JSON.</source>
        <translation>Print the review and its score card as JSON.</translation>
    </message>
    <message>
        <source>expected one review number or UUID</source>
        <translation>expected one review number or UUID</translation>
    </message>
    <message>
        <source>Review %1 (%2)</source>
        <translation>Review %1 (%2)</translation>
    </message>
    <message>
        <source>Site: %1, %2, %3, %4</source>
        <translation>Site: %1, %2, %3, %4</translation>
    </message>
    <message>
        <source>Visit: %1 to %2, %3, %4</source>
        <translation>Visit: %1 to %2, %3, %4</translation>
    </message>
    <message>
        <source>Reviewers: %1</source>
        <translation>Reviewers: %1</translation>
    </message>
    <message>
        <source>Catalog: %1 %2</source>
        <translation>Catalog: %1 %2</translation>
    </message>
    <message>
        <source>Score: total %1 of %2, mean %3, level %4</source>
        <translation>Score: total %1 of %2, mean %3, level %4</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>plan day</source>
        <translation>plan day</translation>
    </message>
</context>
<context>
    <name>SiteChangeCheck</name>
    <message>
        <source>site %1 (%2)</source>
        <translation>site %1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>municipality</translation>
    </message>
    <message>
        <source>county</source>
        <translation>county</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archived</translation>
    </message>
    <message>
        <source>no longer archived</source>
        <translation>no longer archived</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>it gives site %1 other details than %2 (%3); import them one at a time</source>
        <translation>it gives site %1 other details than %2 (%3); import them one at a time</translation>
    </message>
    <message>
        <source>review %1 is here a review of %2; the file makes it a review of %3</source>
        <translation>review %1 is here a review of %2; the file makes it a review of %3</translation>
    </message>
    <message>
        <source>%1, but the review is final here (reopen it first)</source>
        <translation>%1, but the review is final here (reopen it first)</translation>
    </message>
    <message>
        <source>the file changes %1: %2</source>
        <translation>the file changes %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, but the site has %n final review(s) here, which lock its details (reopen them first, or change the site here)</source>
        <translation>
            <numerusform>%1, but the site has %n final review here, which locks its details (reopen it first, or change the site here)</numerusform>
            <numerusform>%1, but the site has %n final reviews here, which lock its details (reopen them first, or change the site here)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>A site is one service that is reviewed: a unit of an organisation in a municipality of a wellbeing services county.</source>
        <translation>A site is one service that is reviewed: a unit of an organisation in a municipality of a wellbeing services county.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Site name</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>&amp;Wellbeing services county:</source>
        <translation>&amp;Wellbeing services county:</translation>
    </message>
    <message>
        <source>Wellbeing services county</source>
        <translation>Wellbeing services county</translation>
    </message>
    <message>
        <source>Choose a county</source>
        <translation>Choose a county</translation>
    </message>
    <message>
        <source>Other &amp;county:</source>
        <translation>Other &amp;county:</translation>
    </message>
    <message>
        <source>Other county</source>
        <translation>Other county</translation>
    </message>
    <message>
        <source>The name as comparisons should show it</source>
        <translation>The name as comparisons should show it</translation>
    </message>
</context>
<context>
    <name>SiteHistory</name>
    <message>
        <source>There is no site &quot;%1&quot;; &apos;laatu-cli list&apos; shows the sites of the reviews.</source>
        <translation>There is no site &quot;%1&quot;; &apos;laatu-cli list&apos; shows the sites of the reviews.</translation>
    </message>
    <message>
        <source>Several sites are called &quot;%1&quot;; give the UUID of one: %2.</source>
        <translation>Several sites are called &quot;%1&quot;; give the UUID of one: %2.</translation>
    </message>
</context>
<context>
    <name>SiteRepository</name>
    <message>
        <source>listing the sites</source>
        <translation>listing the sites</translation>
    </message>
    <message>
        <source>saving the site %1</source>
        <translation>saving the site %1</translation>
    </message>
    <message>
        <source>A site needs a name.</source>
        <translation>A site needs a name.</translation>
    </message>
    <message>
        <source>reading the site %1</source>
        <translation>reading the site %1</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>The disk is full, so %1 did not happen. Free some disk space and try again; everything saved before is intact.</source>
        <translation>The disk is full, so %1 did not happen. Free some disk space and try again; everything saved before is intact.</translation>
    </message>
    <message>
        <source>The database cannot be written (%1), so %2 did not happen.</source>
        <translation>The database cannot be written (%1), so %2 did not happen.</translation>
    </message>
    <message>
        <source>The database is busy in another program, so %1 did not happen. Try again in a moment.</source>
        <translation>The database is busy in another program, so %1 did not happen. Try again in a moment.</translation>
    </message>
    <message>
        <source>The database file is damaged (%1). Laatu stopped writing to it: restore the newest backup (laatu-cli restore).</source>
        <translation>The database file is damaged (%1). Laatu stopped writing to it: restore the newest backup (laatu-cli restore).</translation>
    </message>
    <message>
        <source>The disk reported an error while %1 (%2). Check the disk; everything saved before is intact.</source>
        <translation>The disk reported an error while %1 (%2). Check the disk; everything saved before is intact.</translation>
    </message>
    <message>
        <source>The data was refused while %1: %2.</source>
        <translation>The data was refused while %1: %2.</translation>
    </message>
    <message>
        <source>Database error while %1: %2.</source>
        <translation>Database error while %1: %2.</translation>
    </message>
    <message>
        <source>There is no review %1 in the database.</source>
        <translation>There is no review %1 in the database.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full (%2 KiB free): SQLite needs room beside the database even to read it. Free some disk space and try again; nothing was changed.</source>
        <translation>The disk holding %1 is full (%2 KiB free): SQLite needs room beside the database even to read it. Free some disk space and try again; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>StoredValues</name>
    <message>
        <source>Review %1 has %2 %3 in the database, which is not one Laatu writes (%4): the file was changed outside Laatu. Run &apos;laatu-cli check&apos; and restore the newest backup (laatu-cli restore).</source>
        <translation>Review %1 has %2 %3 in the database, which is not one Laatu writes (%4): the file was changed outside Laatu. Run &apos;laatu-cli check&apos; and restore the newest backup (laatu-cli restore).</translation>
    </message>
    <message>
        <source>the kind</source>
        <translation>the kind</translation>
    </message>
    <message>
        <source>the status</source>
        <translation>the status</translation>
    </message>
    <message>
        <source>a finding of the kind</source>
        <translation>a finding of the kind</translation>
    </message>
    <message>
        <source>an action with the status</source>
        <translation>an action with the status</translation>
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
    <name>TextRules</name>
    <message>
        <source>holds a lone surrogate (%1) at character %2, which is not valid text</source>
        <translation>holds a lone surrogate (%1) at character %2, which is not valid text</translation>
    </message>
    <message>
        <source>holds a line break (%1) at character %2; it must be one line</source>
        <translation>holds a line break (%1) at character %2; it must be one line</translation>
    </message>
    <message>
        <source>holds the control character %1 at character %2</source>
        <translation>holds the control character %1 at character %2</translation>
    </message>
    <message>
        <source>holds the bidirectional control %1 at character %2, which would reorder the text shown around it</source>
        <translation>holds the bidirectional control %1 at character %2, which would reorder the text shown around it</translation>
    </message>
    <message>
        <source>holds the noncharacter %1 at character %2</source>
        <translation>holds the noncharacter %1 at character %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2</source>
        <translation>&quot;%1&quot; %2</translation>
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
    <name>UserFileWriter</name>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 cannot be written: %2.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2.</source>
        <translation>%1 could not be saved: %2.</translation>
    </message>
    <message>
        <source>%1 was written but reads back differently; the disk may be failing.</source>
        <translation>%1 was written but reads back differently; the disk may be failing.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to %2; Laatu does not write through a link. Give the file itself (%2) if that is the one to replace.</source>
        <translation>%1 is a symbolic link to %2; Laatu does not write through a link. Give the file itself (%2) if that is the one to replace.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 is a folder; give a file name.</translation>
    </message>
    <message>
        <source>%1 is not a regular file; give another file name.</source>
        <translation>%1 is not a regular file; give another file name.</translation>
    </message>
    <message>
        <source>the disk is full (%1 bytes free, %2 needed)</source>
        <translation>the disk is full (%1 bytes free, %2 needed)</translation>
    </message>
    <message>
        <source>the system did not say why</source>
        <translation>the system did not say why</translation>
    </message>
</context>
<context>
    <name>VisitDeclarationParser</name>
    <message>
        <source>provider %1</source>
        <translation>provider %1</translation>
    </message>
    <message>
        <source>duplicate provider &quot;%1&quot;</source>
        <translation>duplicate provider &quot;%1&quot;</translation>
    </message>
    <message>
        <source>workbook</source>
        <translation>workbook</translation>
    </message>
    <message>
        <source>workbook, %1 field %2</source>
        <translation>workbook, %1 field %2</translation>
    </message>
    <message>
        <source>the field key &quot;%1&quot; may hold only a-z, 0-9 and single hyphens</source>
        <translation>the field key &quot;%1&quot; may hold only a-z, 0-9 and single hyphens</translation>
    </message>
    <message>
        <source>duplicate %1 field &quot;%2&quot;</source>
        <translation>duplicate %1 field &quot;%2&quot;</translation>
    </message>
    <message>
        <source>unknown field type &quot;%1&quot; (expected number, yesNo, date or text)</source>
        <translation>unknown field type &quot;%1&quot; (expected number, yesNo, date or text)</translation>
    </message>
    <message>
        <source>%1, prepare %2</source>
        <translation>%1, prepare %2</translation>
    </message>
    <message>
        <source>unknown provider &quot;%1&quot;; declare it under &quot;providers&quot;</source>
        <translation>unknown provider &quot;%1&quot;; declare it under &quot;providers&quot;</translation>
    </message>
    <message>
        <source>%1, figures</source>
        <translation>%1, figures</translation>
    </message>
    <message>
        <source>figures are given, but the criterion&apos;s suggestion is not numeric: no rule uses them</source>
        <translation>figures are given, but the criterion&apos;s suggestion is not numeric: no rule uses them</translation>
    </message>
    <message>
        <source>the figure &quot;%1&quot; is not an input of the rule (its inputs: %2)</source>
        <translation>the figure &quot;%1&quot; is not an input of the rule (its inputs: %2)</translation>
    </message>
    <message>
        <source>the input &quot;%1&quot; has no figure; give figures for both inputs or for neither</source>
        <translation>the input &quot;%1&quot; has no figure; give figures for both inputs or for neither</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>a figure is one computation, e.g. {&quot;sum&quot;: &quot;coaches.fte&quot;}</source>
        <translation>a figure is one computation, e.g. {&quot;sum&quot;: &quot;coaches.fte&quot;}</translation>
    </message>
    <message>
        <source>unknown computation &quot;%1&quot; (expected sum, count, countYes, countDistinct or sumDays)</source>
        <translation>unknown computation &quot;%1&quot; (expected sum, count, countYes, countDistinct or sumDays)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs two date fields, from and to</source>
        <translation>&quot;%1&quot; needs two date fields, from and to</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs one field</source>
        <translation>&quot;%1&quot; needs one field</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a %2 field, but %3 field &quot;%4&quot; is %5</source>
        <translation>&quot;%1&quot; needs a %2 field, but %3 field &quot;%4&quot; is %5</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a workbook field; write coaches.KEY or records.KEY</source>
        <translation>&quot;%1&quot; is not a workbook field; write coaches.KEY or records.KEY</translation>
    </message>
    <message>
        <source>the fields of one figure must come from one table</source>
        <translation>the fields of one figure must come from one table</translation>
    </message>
    <message>
        <source>the workbook declares no %1 field &quot;%2&quot;</source>
        <translation>the workbook declares no %1 field &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>VisitPlanJson</name>
    <message>
        <source>%1: &quot;items&quot; must be a list</source>
        <translation>%1: &quot;items&quot; must be a list</translation>
    </message>
    <message>
        <source>%1: more than %2 items</source>
        <translation>%1: more than %2 items</translation>
    </message>
    <message>
        <source>%1, item %2</source>
        <translation>%1, item %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <source>unknown member &quot;%1&quot;</source>
        <translation>unknown member &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;day&quot; must be a whole number</source>
        <translation>&quot;day&quot; must be a whole number</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text</source>
        <translation>&quot;%1&quot; must be a text</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters</source>
        <translation>&quot;%1&quot; is longer than %2 characters</translation>
    </message>
    <message>
        <source>&quot;start&quot; must be a time as HH:MM, not &quot;%1&quot;</source>
        <translation>&quot;start&quot; must be a time as HH:MM, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;end&quot; must be a time as HH:MM or empty, not &quot;%1&quot;</source>
        <translation>&quot;end&quot; must be a time as HH:MM or empty, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the UUID %1 is used by an earlier item</source>
        <translation>the UUID %1 is used by an earlier item</translation>
    </message>
    <message>
        <source>visit plan</source>
        <translation>visit plan</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: must be an object</translation>
    </message>
    <message>
        <source>%1: unknown member &quot;%2&quot;</source>
        <translation>%1: unknown member &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>VisitPlanRules</name>
    <message>
        <source>visit plan, item %1</source>
        <translation>visit plan, item %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&quot;uuid&quot; must be a lower-case UUID</source>
        <translation>&quot;uuid&quot; must be a lower-case UUID</translation>
    </message>
    <message>
        <source>the day must be a day of the visit from 1 to %1, not %2</source>
        <translation>the day must be a day of the visit from 1 to %1, not %2</translation>
    </message>
    <message>
        <source>the start time must be a time of day as HH:MM (00:00 to 23:59)</source>
        <translation>the start time must be a time of day as HH:MM (00:00 to 23:59)</translation>
    </message>
    <message>
        <source>the start time must be whole minutes</source>
        <translation>the start time must be whole minutes</translation>
    </message>
    <message>
        <source>the end time %1 is not after the start time %2</source>
        <translation>the end time %1 is not after the start time %2</translation>
    </message>
    <message>
        <source>the end time must be whole minutes</source>
        <translation>the end time must be whole minutes</translation>
    </message>
    <message>
        <source>&quot;what&quot; must say what happens</source>
        <translation>&quot;what&quot; must say what happens</translation>
    </message>
    <message>
        <source>visit plan: more than %1 items</source>
        <translation>visit plan: more than %1 items</translation>
    </message>
    <message>
        <source>%1: the UUID %2 is used by an earlier item</source>
        <translation>%1: the UUID %2 is used by an earlier item</translation>
    </message>
</context>
<context>
    <name>VisitPlanStore</name>
    <message>
        <source>Review %1 holds a damaged visit plan item %2. Run &apos;laatu-cli check&apos; and restore the newest backup (laatu-cli restore).</source>
        <translation>Review %1 holds a damaged visit plan item %2. Run &apos;laatu-cli check&apos; and restore the newest backup (laatu-cli restore).</translation>
    </message>
</context>
<context>
    <name>VisitPlanTemplate</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 does not exist</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB; a visit plan template is a small file</source>
        <translation>%1 is larger than %2 KiB; a visit plan template is a small file</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>not valid JSON at byte %1: %2</translation>
    </message>
    <message>
        <source>not a visit plan template (&quot;format&quot; must be &quot;%1&quot;)</source>
        <translation>not a visit plan template (&quot;format&quot; must be &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>&quot;formatVersion&quot; must be %1</source>
        <translation>&quot;formatVersion&quot; must be %1</translation>
    </message>
    <message>
        <source>&quot;language&quot; must be a text such as &quot;fi&quot;</source>
        <translation>&quot;language&quot; must be a text such as &quot;fi&quot;</translation>
    </message>
    <message>
        <source>visit plan template</source>
        <translation>visit plan template</translation>
    </message>
    <message>
        <source>the template has no items</source>
        <translation>the template has no items</translation>
    </message>
</context>
<context>
    <name>WorkbookCommand</name>
    <message>
        <source>typed</source>
        <translation>typed</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>computed</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>Show a review&apos;s evidence workbook: the figures it gives, or its rows as CSV.</source>
        <translation>Show a review&apos;s evidence workbook: the figures it gives, or its rows as CSV.</translation>
    </message>
    <message>
        <source>Shows the figures the evidence workbook of one review gives each numeric criterion (typed figures win and are marked), or with --csv its coach and record rows.</source>
        <translation>Shows the figures the evidence workbook of one review gives each numeric criterion (typed figures win and are marked), or with --csv its coach and record rows.</translation>
    </message>
    <message>
        <source>Review number or UUID.</source>
        <translation>Review number or UUID.</translation>
    </message>
    <message>
        <source>Print the workbook&apos;s rows as CSV.</source>
        <translation>Print the workbook&apos;s rows as CSV.</translation>
    </message>
    <message>
        <source>expected one review number or UUID</source>
        <translation>expected one review number or UUID</translation>
    </message>
    <message>
        <source>Workbook of review %1: %2 coaches, %3 records</source>
        <translation>Workbook of review %1: %2 coaches, %3 records</translation>
    </message>
    <message>
        <source> (the records were cleared)</source>
        <translation> (the records were cleared)</translation>
    </message>
    <message>
        <source>; computed from %1</source>
        <translation>; computed from %1</translation>
    </message>
    <message>
        <source>Clear the record rows of a final review: the figures they gave are kept as typed figures, and the audit log says so.</source>
        <translation>Clear the record rows of a final review: the figures they gave are kept as typed figures, and the audit log says so.</translation>
    </message>
    <message>
        <source>--clear-records and --csv cannot be combined</source>
        <translation>--clear-records and --csv cannot be combined</translation>
    </message>
    <message>
        <source>Cleared %1 record rows of review %2; the figures they gave are kept.</source>
        <translation>Cleared %1 record rows of review %2; the figures they gave are kept.</translation>
    </message>
</context>
<context>
    <name>WorkbookFigure</name>
    <message>
        <source>coach %1</source>
        <translation>coach %1</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>record %1</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number of zero or more</source>
        <translation>%1: &quot;%2&quot; is not a number of zero or more</translation>
    </message>
    <message>
        <source>%1: a date is not a valid day</source>
        <translation>%1: a date is not a valid day</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is before &quot;%3&quot;</source>
        <translation>%1: &quot;%2&quot; is before &quot;%3&quot;</translation>
    </message>
    <message>
        <source>the sum is too large to compute exactly</source>
        <translation>the sum is too large to compute exactly</translation>
    </message>
</context>
<context>
    <name>WorkbookJson</name>
    <message>
        <source>workbook: &quot;%1&quot; must be a list</source>
        <translation>workbook: &quot;%1&quot; must be a list</translation>
    </message>
    <message>
        <source>workbook: &quot;%1&quot; has more than %2 rows</source>
        <translation>workbook: &quot;%1&quot; has more than %2 rows</translation>
    </message>
    <message>
        <source>workbook, %1: %2</source>
        <translation>workbook, %1: %2</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <source>&quot;uuid&quot; must be a lower-case UUID</source>
        <translation>&quot;uuid&quot; must be a lower-case UUID</translation>
    </message>
    <message>
        <source>&quot;code&quot; must be a non-empty text</source>
        <translation>&quot;code&quot; must be a non-empty text</translation>
    </message>
    <message>
        <source>&quot;rater&quot; must be a reviewer&apos;s UUID</source>
        <translation>&quot;rater&quot; must be a reviewer&apos;s UUID</translation>
    </message>
    <message>
        <source>&quot;values&quot; must be an object of texts</source>
        <translation>&quot;values&quot; must be an object of texts</translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; must be a non-empty text</source>
        <translation>the value of &quot;%1&quot; must be a non-empty text</translation>
    </message>
    <message>
        <source>workbook: must be an object</source>
        <translation>workbook: must be an object</translation>
    </message>
    <message>
        <source>coach</source>
        <translation>coach</translation>
    </message>
    <message>
        <source>record</source>
        <translation>record</translation>
    </message>
    <message>
        <source>workbook: &quot;recordsCleared&quot; must be true or false</source>
        <translation>workbook: &quot;recordsCleared&quot; must be true or false</translation>
    </message>
</context>
<context>
    <name>WorkbookMerger</name>
    <message>
        <source>the file&apos;s record row &quot;%1&quot; (%2) is a coach row here (&quot;%3&quot;); a row cannot move between the coaches and the records</source>
        <translation>the file&apos;s record row &quot;%1&quot; (%2) is a coach row here (&quot;%3&quot;); a row cannot move between the coaches and the records</translation>
    </message>
    <message>
        <source>the file&apos;s coach row &quot;%1&quot; (%2) is a record row here (&quot;%3&quot;); a row cannot move between the coaches and the records</source>
        <translation>the file&apos;s coach row &quot;%1&quot; (%2) is a record row here (&quot;%3&quot;); a row cannot move between the coaches and the records</translation>
    </message>
</context>
<context>
    <name>WorkbookStore</name>
    <message>
        <source>Review %1 holds a damaged workbook row %2. Run &apos;laatu-cli check&apos; and restore the newest backup (laatu-cli restore).</source>
        <translation>Review %1 holds a damaged workbook row %2. Run &apos;laatu-cli check&apos; and restore the newest backup (laatu-cli restore).</translation>
    </message>
</context>
<context>
    <name>WriterLock</name>
    <message>
        <source>%1 on %2 (process %3) has it open for writing</source>
        <translation>%1 on %2 (process %3) has it open for writing</translation>
    </message>
    <message>
        <source>another program is opening it for writing</source>
        <translation>another program is opening it for writing</translation>
    </message>
    <message>
        <source>the folder %1 cannot be written</source>
        <translation>the folder %1 cannot be written</translation>
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
    <message>
        <source>The database file (default: %1).</source>
        <translation>The database file (default: %1).</translation>
    </message>
    <message>
        <source>laatu-cli %1: the database is read-only: %2.</source>
        <translation>laatu-cli %1: the database is read-only: %2.</translation>
    </message>
    <message>
        <source>laatu-cli %1: %2</source>
        <translation>laatu-cli %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); nothing was changed. Run laatu-cli check --db &quot;%1&quot; for a full report and restore the newest backup (laatu-cli restore).</source>
        <translation>%1 is damaged (%2); nothing was changed. Run laatu-cli check --db &quot;%1&quot; for a full report and restore the newest backup (laatu-cli restore).</translation>
    </message>
    <message>
        <source>Only this laptop&apos;s own reviews, not those pulled from the programme.</source>
        <translation>Only this laptop&apos;s own reviews, not those pulled from the programme.</translation>
    </message>
    <message>
        <source>
&apos;laatu-cli &lt;command&gt; --help&apos; describes a command.

Exit codes: 0 ok, 2 wrong usage, 3 bad input or output file (or a conflict or a refused review), 4 database or server problem, 5 merged with conflicts, 6 programme server unreachable.
</source>
        <translation>
&apos;laatu-cli &lt;command&gt; --help&apos; describes a command.

Exit codes: 0 ok, 2 wrong usage, 3 bad input or output file (or a conflict or a refused review), 4 database or server problem, 5 merged with conflicts, 6 programme server unreachable.
</translation>
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
    <name>laatu::gui::ActionPlanTable</name>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>By when</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Status of &quot;%1&quot;</source>
        <translation>Status of &quot;%1&quot;</translation>
    </message>
    <message>
        <source>New action: type what is to be done, then Tab to who, by when and status. It is saved once it has a text.</source>
        <translation>New action: type what is to be done, then Tab to who, by when and status. It is saved once it has a text.</translation>
    </message>
    <message>
        <source>Choose the action to remove first</source>
        <translation>Choose the action to remove first</translation>
    </message>
    <message>
        <source>The new action was not saved</source>
        <translation>The new action was not saved</translation>
    </message>
    <message>
        <source>An action needs a text: the stored one is kept</source>
        <translation>An action needs a text: the stored one is kept</translation>
    </message>
    <message>
        <source>The new action had no text and was not saved</source>
        <translation>The new action had no text and was not saved</translation>
    </message>
</context>
<context>
    <name>laatu::gui::AnalysisActions</name>
    <message>
        <source>Site History – Laatu</source>
        <translation>Site History – Laatu</translation>
    </message>
    <message>
        <source>County Comparison – Laatu</source>
        <translation>County Comparison – Laatu</translation>
    </message>
</context>
<context>
    <name>laatu::gui::AnchorCard</name>
    <message>
        <source>Rating %1</source>
        <translation>Rating %1</translation>
    </message>
    <message>
        <source>Rate %1 (key %1)</source>
        <translation>Rate %1 (key %1)</translation>
    </message>
</context>
<context>
    <name>laatu::gui::AuditLogDialog</name>
    <message>
        <source>%1: nothing logged yet. The log records finalising, reopening with its reason, revealing the sheets, and every change after a reopening.</source>
        <translation>%1: nothing logged yet. The log records finalising, reopening with its reason, revealing the sheets, and every change after a reopening.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n logged step(s), oldest first.</source>
        <translation>
            <numerusform>%1: %n logged step, oldest first.</numerusform>
            <numerusform>%1: %n logged steps, oldest first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>Sheets revealed</source>
        <translation>Sheets revealed</translation>
    </message>
    <message>
        <source>Consensus rating changed</source>
        <translation>Consensus rating changed</translation>
    </message>
    <message>
        <source>Reviewer&apos;s rating changed</source>
        <translation>Reviewer&apos;s rating changed</translation>
    </message>
    <message>
        <source>Note changed</source>
        <translation>Note changed</translation>
    </message>
    <message>
        <source>Figure changed</source>
        <translation>Figure changed</translation>
    </message>
    <message>
        <source>Checklist changed</source>
        <translation>Checklist changed</translation>
    </message>
    <message>
        <source>Finding saved</source>
        <translation>Finding saved</translation>
    </message>
    <message>
        <source>Finding removed</source>
        <translation>Finding removed</translation>
    </message>
    <message>
        <source>Action saved</source>
        <translation>Action saved</translation>
    </message>
    <message>
        <source>Action removed</source>
        <translation>Action removed</translation>
    </message>
</context>
<context>
    <name>laatu::gui::CatalogActions</name>
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
</context>
<context>
    <name>laatu::gui::ComparisonFilterBar</name>
    <message>
        <source>&amp;County:</source>
        <translation>&amp;County:</translation>
    </message>
    <message>
        <source>Wellbeing services county</source>
        <translation>Wellbeing services county</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>any time</translation>
    </message>
    <message>
        <source>Visits from</source>
        <translation>Visits from</translation>
    </message>
    <message>
        <source>Visits until</source>
        <translation>Visits until</translation>
    </message>
    <message>
        <source>&amp;Latest final review per site</source>
        <translation>&amp;Latest final review per site</translation>
    </message>
    <message>
        <source>Include &amp;self-assessments</source>
        <translation>Include &amp;self-assessments</translation>
    </message>
    <message>
        <source>All re&amp;views</source>
        <translation>All re&amp;views</translation>
    </message>
</context>
<context>
    <name>laatu::gui::ComparisonTableModel</name>
    <message>
        <source>Incomplete</source>
        <translation>Incomplete</translation>
    </message>
    <message>
        <source>%1 – %2. %3: %4</source>
        <translation>%1 – %2. %3: %4</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>not rated</translation>
    </message>
    <message>
        <source>Criterion %1, %2</source>
        <translation>Criterion %1, %2</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>%1 of %2 criteria rated: no total until all are</source>
        <translation>%1 of %2 criteria rated: no total until all are</translation>
    </message>
    <message>
        <source>%1. %2 – county mean %3</source>
        <translation>%1. %2 – county mean %3</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Criterion %1: %2</source>
        <translation>Criterion %1: %2</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Mean rating of the criteria</source>
        <translation>Mean rating of the criteria</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
</context>
<context>
    <name>laatu::gui::ConnectionTestRunner</name>
    <message>
        <source>Connected to %1 as %2; the programme schema is version %3.</source>
        <translation>Connected to %1 as %2; the programme schema is version %3.</translation>
    </message>
</context>
<context>
    <name>laatu::gui::ConsensusView</name>
    <message>
        <source>&amp;Use Agreed Ratings</source>
        <translation>&amp;Use Agreed Ratings</translation>
    </message>
    <message>
        <source>Sets the consensus wherever every reviewer gave the same rating and no consensus is set yet.</source>
        <translation>Sets the consensus wherever every reviewer gave the same rating and no consensus is set yet.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Spread</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Ratings side by side</source>
        <translation>Ratings side by side</translation>
    </message>
    <message>
        <source>The reviewers differ by %1: the consensus needs a written reason.</source>
        <translation>The reviewers differ by %1: the consensus needs a written reason.</translation>
    </message>
    <message>
        <source>The reviewers differ by 1.</source>
        <translation>The reviewers differ by 1.</translation>
    </message>
    <message>
        <source>Type 1–5; empty clears</source>
        <translation>Type 1–5; empty clears</translation>
    </message>
    <message>
        <source>Reason needed before the review can be final</source>
        <translation>Reason needed before the review can be final</translation>
    </message>
    <message>
        <source>Agreement over %1 criteria both reviewers rated: exact %2 (%3), within one point %4 (%5), 2 or more apart %6%7.</source>
        <translation>Agreement over %1 criteria both reviewers rated: exact %2 (%3), within one point %4 (%5), 2 or more apart %6%7.</translation>
    </message>
    <message>
        <source> (criteria %1)</source>
        <translation> (criteria %1)</translation>
    </message>
    <message>
        <source>Weighted kappa %1.</source>
        <translation>Weighted kappa %1.</translation>
    </message>
    <message>
        <source>Agreement figures need two or more reviewers.</source>
        <translation>Agreement figures need two or more reviewers.</translation>
    </message>
    <message>
        <source>Agreement figures appear once the reviewers have rated the same criteria.</source>
        <translation>Agreement figures appear once the reviewers have rated the same criteria.</translation>
    </message>
    <message>
        <source>Write the reason for the consensus on criteria %1 before the review can be final.</source>
        <translation>Write the reason for the consensus on criteria %1 before the review can be final.</translation>
    </message>
    <message>
        <source>Use agreed ratings</source>
        <translation>Use agreed ratings</translation>
    </message>
    <message>
        <source>Every reviewer has rated every criterion. Reveal the sheets to compare them and agree the consensus.</source>
        <translation>Every reviewer has rated every criterion. Reveal the sheets to compare them and agree the consensus.</translation>
    </message>
    <message>
        <source>The reviewers are rating independently: each sees only their own ratings until the sheets are revealed. Reveal them when everyone has rated every criterion.</source>
        <translation>The reviewers are rating independently: each sees only their own ratings until the sheets are revealed. Reveal them when everyone has rated every criterion.</translation>
    </message>
    <message>
        <source>Re&amp;veal the Sheets…</source>
        <translation>Re&amp;veal the Sheets…</translation>
    </message>
</context>
<context>
    <name>laatu::gui::CountyComparisonView</name>
    <message>
        <source>Export CS&amp;V…</source>
        <translation>Export CS&amp;V…</translation>
    </message>
    <message>
        <source>Saves the table, in the order shown, for a spreadsheet.</source>
        <translation>Saves the table, in the order shown, for a spreadsheet.</translation>
    </message>
    <message>
        <source>Export C&amp;hart…</source>
        <translation>Export C&amp;hart…</translation>
    </message>
    <message>
        <source>Saves the totals chart as a PNG or SVG image.</source>
        <translation>Saves the totals chart as a PNG or SVG image.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Sites by criterion</source>
        <translation>Sites by criterion</translation>
    </message>
    <message>
        <source>One row per site, one column per criterion rated 1 to 5, then total, mean and level. Click a column header to sort.</source>
        <translation>One row per site, one column per criterion rated 1 to 5, then total, mean and level. Click a column header to sort.</translation>
    </message>
    <message>
        <source>Totals by site</source>
        <translation>Totals by site</translation>
    </message>
    <message>
        <source>Weakest criteria across the county</source>
        <translation>Weakest criteria across the county</translation>
    </message>
    <message>
        <source>Ratings:</source>
        <translation>Ratings:</translation>
    </message>
    <message>
        <source>Hover over a column number for the criterion and its county mean.</source>
        <translation>Hover over a column number for the criterion and its county mean.</translation>
    </message>
    <message>
        <source>County Comparison</source>
        <translation>County Comparison</translation>
    </message>
    <message>
        <source>Totals by site: %1</source>
        <translation>Totals by site: %1</translation>
    </message>
    <message>
        <source>County comparison: %1</source>
        <translation>County comparison: %1</translation>
    </message>
    <message>
        <source>latest final review per site</source>
        <translation>latest final review per site</translation>
    </message>
    <message>
        <source>all reviews</source>
        <translation>all reviews</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>comparison-%1.csv</source>
        <translation>comparison-%1.csv</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>CSV Not Saved</source>
        <translation>CSV Not Saved</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Export Chart</translation>
    </message>
    <message>
        <source>totals-%1.png</source>
        <translation>totals-%1.png</translation>
    </message>
    <message>
        <source>Chart Not Saved</source>
        <translation>Chart Not Saved</translation>
    </message>
    <message>
        <source>Not Printed</source>
        <translation>Not Printed</translation>
    </message>
    <message>
        <source>The printer could not be started. Check the printer and try again.</source>
        <translation>The printer could not be started. Check the printer and try again.</translation>
    </message>
    <message>
        <source>Totals chart, scrollable</source>
        <translation>Totals chart, scrollable</translation>
    </message>
</context>
<context>
    <name>laatu::gui::CriterionChangesPanel</name>
    <message>
        <source>F&amp;rom:</source>
        <translation>F&amp;rom:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Earlier review</source>
        <translation>Earlier review</translation>
    </message>
    <message>
        <source>Later review</source>
        <translation>Later review</translation>
    </message>
    <message>
        <source>%1 – total %2</source>
        <translation>%1 – total %2</translation>
    </message>
    <message>
        <source>%1 – incomplete</source>
        <translation>%1 – incomplete</translation>
    </message>
    <message>
        <source>Changes show once the site has two reviews.</source>
        <translation>Changes show once the site has two reviews.</translation>
    </message>
    <message>
        <source>Choose two different reviews to compare.</source>
        <translation>Choose two different reviews to compare.</translation>
    </message>
    <message>
        <source>%1 criteria better, %2 worse, %3 unchanged.</source>
        <translation>%1 criteria better, %2 worse, %3 unchanged.</translation>
    </message>
</context>
<context>
    <name>laatu::gui::CriterionChangesTable</name>
    <message>
        <source>Changes per criterion</source>
        <translation>Changes per criterion</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>▲ +%1</source>
        <translation>▲ +%1</translation>
    </message>
    <message numerus="yes">
        <source>Improved by %n point(s)</source>
        <translation>
            <numerusform>Improved by %n point</numerusform>
            <numerusform>Improved by %n points</numerusform>
        </translation>
    </message>
    <message>
        <source>▼ −%1</source>
        <translation>▼ −%1</translation>
    </message>
    <message numerus="yes">
        <source>Fell by %n point(s)</source>
        <translation>
            <numerusform>Fell by %n point</numerusform>
            <numerusform>Fell by %n points</numerusform>
        </translation>
    </message>
    <message>
        <source>=</source>
        <translation>=</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
</context>
<context>
    <name>laatu::gui::CriterionNavigator</name>
    <message>
        <source>Criteria of the review</source>
        <translation>Criteria of the review</translation>
    </message>
    <message>
        <source>rated %1</source>
        <translation>rated %1</translation>
    </message>
    <message>
        <source>unrated</source>
        <translation>unrated</translation>
    </message>
    <message>
        <source>reviewers differ by %1</source>
        <translation>reviewers differ by %1</translation>
    </message>
    <message>
        <source>has notes</source>
        <translation>has notes</translation>
    </message>
</context>
<context>
    <name>laatu::gui::CriterionPage</name>
    <message>
        <source>%1 · criterion %2 of %3</source>
        <translation>%1 · criterion %2 of %3</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Evidence: %1</translation>
    </message>
    <message>
        <source>Reason for the consensus rating</source>
        <translation>Reason for the consensus rating</translation>
    </message>
    <message>
        <source>Evidence notes</source>
        <translation>Evidence notes</translation>
    </message>
    <message>
        <source>Findings for the report</source>
        <translation>Findings for the report</translation>
    </message>
    <message>
        <source>S&amp;trength:</source>
        <translation>S&amp;trength:</translation>
    </message>
    <message>
        <source>Reco&amp;mmendation:</source>
        <translation>Reco&amp;mmendation:</translation>
    </message>
    <message>
        <source>Strength on this criterion</source>
        <translation>Strength on this criterion</translation>
    </message>
    <message>
        <source>Recommendation on this criterion</source>
        <translation>Recommendation on this criterion</translation>
    </message>
    <message>
        <source>What works well here (goes into the report)</source>
        <translation>What works well here (goes into the report)</translation>
    </message>
    <message>
        <source>What to improve (goes into the report)</source>
        <translation>What to improve (goes into the report)</translation>
    </message>
    <message>
        <source>the consensus</source>
        <translation>the consensus</translation>
    </message>
    <message>
        <source>Rating for %1</source>
        <translation>Rating for %1</translation>
    </message>
    <message>
        <source>consensus</source>
        <translation>consensus</translation>
    </message>
    <message>
        <source>Chosen by: %1</source>
        <translation>Chosen by: %1</translation>
    </message>
    <message>
        <source>The reviewers&apos; ratings differ by %1. Write why the consensus is what it is; the review cannot be final without it.</source>
        <translation>The reviewers&apos; ratings differ by %1. Write why the consensus is what it is; the review cannot be final without it.</translation>
    </message>
    <message>
        <source>The reviewers&apos; ratings differ. A short reason helps the report&apos;s readers.</source>
        <translation>The reviewers&apos; ratings differ. A short reason helps the report&apos;s readers.</translation>
    </message>
    <message>
        <source>Choose the consensus rating first.</source>
        <translation>Choose the consensus rating first.</translation>
    </message>
    <message>
        <source>Accept the suggested rating</source>
        <translation>Accept the suggested rating</translation>
    </message>
    <message>
        <source>Acce&amp;pt %1 (S)</source>
        <translation>Acce&amp;pt %1 (S)</translation>
    </message>
    <message>
        <source>Acce&amp;pt (S)</source>
        <translation>Acce&amp;pt (S)</translation>
    </message>
</context>
<context>
    <name>laatu::gui::CriterionWalk</name>
    <message>
        <source>Whose ratings are entered</source>
        <translation>Whose ratings are entered</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <source>consensus</source>
        <translation>consensus</translation>
    </message>
    <message>
        <source>Keys: 1–5 rate · 0 clears · S accepts the suggestion · Ctrl+D figures · PgDown/PgUp next/previous · Ctrl+R next reviewer</source>
        <translation>Keys: 1–5 rate · 0 clears · S accepts the suggestion · Ctrl+D figures · PgDown/PgUp next/previous · Ctrl+R next reviewer</translation>
    </message>
    <message>
        <source>Rati&amp;ng as:</source>
        <translation>Rati&amp;ng as:</translation>
    </message>
    <message>
        <source>Rate %1</source>
        <translation>Rate %1</translation>
    </message>
    <message>
        <source>Clear the rating</source>
        <translation>Clear the rating</translation>
    </message>
    <message>
        <source>Accept the suggested rating</source>
        <translation>Accept the suggested rating</translation>
    </message>
    <message>
        <source>Next criterion</source>
        <translation>Next criterion</translation>
    </message>
    <message>
        <source>Previous criterion</source>
        <translation>Previous criterion</translation>
    </message>
    <message>
        <source>Next reviewer&apos;s sheet</source>
        <translation>Next reviewer&apos;s sheet</translation>
    </message>
    <message>
        <source>Go to the figures</source>
        <translation>Go to the figures</translation>
    </message>
</context>
<context>
    <name>laatu::gui::EvidenceInputs</name>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Elements present</source>
        <translation>Elements present</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>%1: %2, which suggests %3.</source>
        <translation>%1: %2, which suggests %3.</translation>
    </message>
    <message>
        <source>These figures give no rating: check them.</source>
        <translation>These figures give no rating: check them.</translation>
    </message>
    <message>
        <source>Enter both figures to get a suggested rating.</source>
        <translation>Enter both figures to get a suggested rating.</translation>
    </message>
    <message>
        <source>%1 of %2 present, which suggests %3.</source>
        <translation>%1 of %2 present, which suggests %3.</translation>
    </message>
    <message>
        <source>Tick the elements that are present to get a suggested rating.</source>
        <translation>Tick the elements that are present to get a suggested rating.</translation>
    </message>
    <message>
        <source>Fill the workbook or enter both figures to get a suggested rating.</source>
        <translation>Fill the workbook or enter both figures to get a suggested rating.</translation>
    </message>
    <message>
        <source>The workbook cannot compute these figures: %1</source>
        <translation>The workbook cannot compute these figures: %1</translation>
    </message>
    <message>
        <source>Computed from the workbook (%1); a figure typed here is used instead.</source>
        <translation>Computed from the workbook (%1); a figure typed here is used instead.</translation>
    </message>
    <message>
        <source>Computed from the workbook: %1.</source>
        <translation>Computed from the workbook: %1.</translation>
    </message>
    <message>
        <source>Typed by hand.</source>
        <translation>Typed by hand.</translation>
    </message>
    <message>
        <source>The workbook computes these figures once it holds the coaches or records they need.</source>
        <translation>The workbook computes these figures once it holds the coaches or records they need.</translation>
    </message>
    <message>
        <source>Show Rows</source>
        <translation>Show Rows</translation>
    </message>
    <message>
        <source>Show rows</source>
        <translation>Show rows</translation>
    </message>
    <message>
        <source>Opens the workbook with the rows these figures are computed from selected</source>
        <translation>Opens the workbook with the rows these figures are computed from selected</translation>
    </message>
</context>
<context>
    <name>laatu::gui::ExchangeActions</name>
    <message>
        <source>Ratings Not Exported</source>
        <translation>Ratings Not Exported</translation>
    </message>
    <message>
        <source>Export My Ratings</source>
        <translation>Export My Ratings</translation>
    </message>
    <message>
        <source>%1 - %2 - ratings.laatu.json</source>
        <translation>%1 - %2 - ratings.laatu.json</translation>
    </message>
    <message>
        <source>Laatu review files (*.json)</source>
        <translation>Laatu review files (*.json)</translation>
    </message>
    <message>
        <source>%1&apos;s ratings saved to %2</source>
        <translation>%1&apos;s ratings saved to %2</translation>
    </message>
    <message>
        <source>Merge Reviewer&apos;s Ratings</source>
        <translation>Merge Reviewer&apos;s Ratings</translation>
    </message>
    <message>
        <source>Laatu review files (*.json);;All files (*)</source>
        <translation>Laatu review files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Ratings Not Merged</source>
        <translation>Ratings Not Merged</translation>
    </message>
    <message>
        <source>Nothing was changed.

%1</source>
        <translation>Nothing was changed.

%1</translation>
    </message>
    <message>
        <source>Ratings Merged with Differences</source>
        <translation>Ratings Merged with Differences</translation>
    </message>
    <message>
        <source>Ratings merged from %1</source>
        <translation>Ratings merged from %1</translation>
    </message>
    <message>
        <source>Nothing new in %1: it was merged before</source>
        <translation>Nothing new in %1: it was merged before</translation>
    </message>
    <message>
        <source>Review Not Sent</source>
        <translation>Review Not Sent</translation>
    </message>
    <message>
        <source>Send to Co-reviewer</source>
        <translation>Send to Co-reviewer</translation>
    </message>
    <message>
        <source>The review has no co-reviewer. Add the second reviewer when creating the review, then send it.</source>
        <translation>The review has no co-reviewer. Add the second reviewer when creating the review, then send it.</translation>
    </message>
    <message>
        <source>%1 - for %2.laatu.json</source>
        <translation>%1 - for %2.laatu.json</translation>
    </message>
    <message>
        <source>Review for %1 saved to %2: without anyone&apos;s ratings, notes or findings. They open it with File → Open Review File.</source>
        <translation>Review for %1 saved to %2: without anyone&apos;s ratings, notes or findings. They open it with File → Open Review File.</translation>
    </message>
    <message>
        <source>Open Review File</source>
        <translation>Open Review File</translation>
    </message>
    <message>
        <source>Replace Review</source>
        <translation>Replace Review</translation>
    </message>
    <message>
        <source>The review of %1 on %2 is already here, with other content than the file. Replace it with the file&apos;s version? What is here now is then gone; to bring in one reviewer&apos;s ratings, use Merge Reviewer&apos;s Ratings instead.</source>
        <translation>The review of %1 on %2 is already here, with other content than the file. Replace it with the file&apos;s version? What is here now is then gone; to bring in one reviewer&apos;s ratings, use Merge Reviewer&apos;s Ratings instead.</translation>
    </message>
    <message>
        <source>Review File Not Opened</source>
        <translation>Review File Not Opened</translation>
    </message>
    <message>
        <source>%1 was opened before; nothing in it is new</source>
        <translation>%1 was opened before; nothing in it is new</translation>
    </message>
    <message>
        <source>Review opened from %1</source>
        <translation>Review opened from %1</translation>
    </message>
    <message>
        <source>Nothing was merged from %1</source>
        <translation>Nothing was merged from %1</translation>
    </message>
    <message>
        <source>These differences appeared after the choice was made; the values here were kept:

• %1</source>
        <translation>These differences appeared after the choice was made; the values here were kept:

• %1</translation>
    </message>
    <message>
        <source>Ratings merged from %1.</source>
        <translation>Ratings merged from %1.</translation>
    </message>
    <message numerus="yes">
        <source>Of %n difference(s): </source>
        <translation>
            <numerusform>Of %n difference: </numerusform>
            <numerusform>Of %n differences: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 taken from the file, %2 kept here.</source>
        <translation>%1 taken from the file, %2 kept here.</translation>
    </message>
    <message>
        <source>Change Site Details</source>
        <translation>Change Site Details</translation>
    </message>
    <message>
        <source>The file changes the details of a site already here:

• %1

Change them as the file says?</source>
        <translation>The file changes the details of a site already here:

• %1

Change them as the file says?</translation>
    </message>
    <message>
        <source>Nothing was opened from %1: the sites stay as they are</source>
        <translation>Nothing was opened from %1: the sites stay as they are</translation>
    </message>
    <message numerus="yes">
        <source>The file holds %n record row(s) of the record sample.</source>
        <translation>
            <numerusform>The file holds %n record row of the record sample.</numerusform>
            <numerusform>The file holds %n record rows of the record sample.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coach row(s)</source>
        <translation>
            <numerusform>%n coach row</numerusform>
            <numerusform>%n coach rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record row(s)</source>
        <translation>
            <numerusform>%n record row</numerusform>
            <numerusform>%n record rows</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2 added.</source>
        <translation>%1 and %2 added.</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 added.</translation>
    </message>
    <message numerus="yes">
        <source>%n record row(s) of the file not added: this review&apos;s record sample was cleared.</source>
        <translation>
            <numerusform>%n record row of the file not added: this review&apos;s record sample was cleared.</numerusform>
            <numerusform>%n record rows of the file not added: this review&apos;s record sample was cleared.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>laatu::gui::ExportMineDialog</name>
    <message numerus="yes">
        <source>&amp;Include my record sample (%n row(s))</source>
        <translation>
            <numerusform>&amp;Include my record sample (%n row)</numerusform>
            <numerusform>&amp;Include my record sample (%n rows)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>laatu::gui::FidelityTrendChart</name>
    <message>
        <source>Fidelity trend chart</source>
        <translation>Fidelity trend chart</translation>
    </message>
</context>
<context>
    <name>laatu::gui::FindingsList</name>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Strengths and recommendations</source>
        <translation>Strengths and recommendations</translation>
    </message>
    <message>
        <source>Whole service</source>
        <translation>Whole service</translation>
    </message>
    <message>
        <source>New strength: type it and press Enter to save it (Esc leaves it out)</source>
        <translation>New strength: type it and press Enter to save it (Esc leaves it out)</translation>
    </message>
    <message>
        <source>New recommendation: type it and press Enter to save it (Esc leaves it out)</source>
        <translation>New recommendation: type it and press Enter to save it (Esc leaves it out)</translation>
    </message>
    <message>
        <source>Choose the finding to remove first</source>
        <translation>Choose the finding to remove first</translation>
    </message>
    <message>
        <source>The new strength had no text and was not saved</source>
        <translation>The new strength had no text and was not saved</translation>
    </message>
    <message>
        <source>The new recommendation had no text and was not saved</source>
        <translation>The new recommendation had no text and was not saved</translation>
    </message>
</context>
<context>
    <name>laatu::gui::FindingsView</name>
    <message>
        <source>Add S&amp;trength</source>
        <translation>Add S&amp;trength</translation>
    </message>
    <message>
        <source>Add Reco&amp;mmendation</source>
        <translation>Add Reco&amp;mmendation</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the finding</source>
        <translation>Remove the finding</translation>
    </message>
    <message>
        <source>Action &amp;plan</source>
        <translation>Action &amp;plan</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>By when</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Remove the action item</source>
        <translation>Remove the action item</translation>
    </message>
    <message>
        <source>Actions of the previous review</source>
        <translation>Actions of the previous review</translation>
    </message>
    <message>
        <source>From the previous review (%1)</source>
        <translation>From the previous review (%1)</translation>
    </message>
    <message>
        <source>No earlier review of this site</source>
        <translation>No earlier review of this site</translation>
    </message>
    <message>
        <source>Carry over open actions</source>
        <translation>Carry over open actions</translation>
    </message>
    <message>
        <source>Stren&amp;gths and recommendations</source>
        <translation>Stren&amp;gths and recommendations</translation>
    </message>
    <message>
        <source>Add Actio&amp;n</source>
        <translation>Add Actio&amp;n</translation>
    </message>
    <message>
        <source>Carry O&amp;ver Open Actions</source>
        <translation>Carry O&amp;ver Open Actions</translation>
    </message>
    <message>
        <source>Nothing carried over: there is no earlier review of this site</source>
        <translation>Nothing carried over: there is no earlier review of this site</translation>
    </message>
    <message>
        <source>Nothing carried over: the previous review has no open actions</source>
        <translation>Nothing carried over: the previous review has no open actions</translation>
    </message>
    <message>
        <source>Nothing carried over: the previous review&apos;s open actions are already in this plan</source>
        <translation>Nothing carried over: the previous review&apos;s open actions are already in this plan</translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s) carried over from the previous review</source>
        <translation>
            <numerusform>%n open action carried over from the previous review</numerusform>
            <numerusform>%n open actions carried over from the previous review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>laatu::gui::FollowUpTree</name>
    <message>
        <source>Recommendations and actions followed up</source>
        <translation>Recommendations and actions followed up</translation>
    </message>
    <message>
        <source>Recommendation or action</source>
        <translation>Recommendation or action</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No recommendations or actions recorded yet.</source>
        <translation>No recommendations or actions recorded yet.</translation>
    </message>
    <message>
        <source>Review of %1, followed up on %2</source>
        <translation>Review of %1, followed up on %2</translation>
    </message>
    <message>
        <source>%1 of %2 actions done</source>
        <translation>%1 of %2 actions done</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>general</source>
        <translation>general</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Actions carried out</source>
        <translation>Actions carried out</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ Done</translation>
    </message>
    <message>
        <source>Actions not carried out</source>
        <translation>Actions not carried out</translation>
    </message>
    <message>
        <source>Review of %1: to follow up at the next review</source>
        <translation>Review of %1: to follow up at the next review</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>recommendation</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1 (due %2)</translation>
    </message>
</context>
<context>
    <name>laatu::gui::GuideWindow</name>
    <message>
        <source>Laatu Guide</source>
        <translation>User Guide</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
</context>
<context>
    <name>laatu::gui::LanguageMenu</name>
    <message>
        <source>System Language</source>
        <translation>System Language</translation>
    </message>
</context>
<context>
    <name>laatu::gui::MainWindow</name>
    <message>
        <source>Laatu – %1</source>
        <translation>%1</translation>
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
    <message>
        <source>Reviews Not Loaded</source>
        <translation>Reviews Not Loaded</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) in %1, read-only: %2</source>
        <translation>
            <numerusform>%n review in %1, read-only: %2</numerusform>
            <numerusform>%n reviews in %1, read-only: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) in %1</source>
        <translation>
            <numerusform>%n review in %1</numerusform>
            <numerusform>%n reviews in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1: %2</source>
        <translation>Saved %1: %2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Restore Archived Site</source>
        <translation>Restore Archived Site</translation>
    </message>
    <message>
        <source>&amp;Archive Site</source>
        <translation>&amp;Archive Site</translation>
    </message>
    <message>
        <source>Review Not Opened</source>
        <translation>Review Not Opened</translation>
    </message>
    <message>
        <source>Review opened. Every change is saved at once.</source>
        <translation>Review opened. Every change is saved at once.</translation>
    </message>
    <message>
        <source>Review opened read-only.</source>
        <translation>Review opened read-only.</translation>
    </message>
    <message>
        <source>Sites and Reviews</source>
        <translation>Sites and Reviews</translation>
    </message>
</context>
<context>
    <name>laatu::gui::MergeConflictDialog</name>
    <message>
        <source>Take from file</source>
        <translation>Take from file</translation>
    </message>
    <message>
        <source>Keep here</source>
        <translation>Keep here</translation>
    </message>
    <message>
        <source>Space switches between keeping the value here and taking the file&apos;s</source>
        <translation>Space switches between keeping the value here and taking the file&apos;s</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s): </source>
        <translation>
            <numerusform>%n difference: </numerusform>
            <numerusform>%n differences: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 kept here, %2 taken from the file</source>
        <translation>%1 kept here, %2 taken from the file</translation>
    </message>
</context>
<context>
    <name>laatu::gui::NewReviewWizard</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>Choose a Site</source>
        <translation>Choose a Site</translation>
    </message>
    <message>
        <source>Choose the site to review, or add it with New Site.</source>
        <translation>Choose the site to review, or add it with New Site.</translation>
    </message>
    <message>
        <source>Name a Reviewer</source>
        <translation>Name a Reviewer</translation>
    </message>
    <message>
        <source>A review needs at least one reviewer: write a name.</source>
        <translation>A review needs at least one reviewer: write a name.</translation>
    </message>
</context>
<context>
    <name>laatu::gui::NextReviewDueLabel</name>
    <message>
        <source>Next review due</source>
        <translation>Next review due</translation>
    </message>
    <message>
        <source>Choose a site to see its history.</source>
        <translation>Choose a site to see its history.</translation>
    </message>
    <message>
        <source>The site has no reviews yet: the first review is due.</source>
        <translation>The site has no reviews yet: the first review is due.</translation>
    </message>
    <message>
        <source>12 months after the last visit: the last review reached good fidelity, so the reviews are now yearly.</source>
        <translation>12 months after the last visit: the last review reached good fidelity, so the reviews are now yearly.</translation>
    </message>
    <message>
        <source>6 months after the last visit: the last review is incomplete.</source>
        <translation>6 months after the last visit: the last review is incomplete.</translation>
    </message>
    <message>
        <source>6 months after the last visit: reviews repeat every 6 months until the site reaches good fidelity.</source>
        <translation>6 months after the last visit: reviews repeat every 6 months until the site reaches good fidelity.</translation>
    </message>
    <message>
        <source>Next review due %1 – %2</source>
        <translation>Next review due %1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s).</source>
        <translation>
            <numerusform>Overdue by %n day.</numerusform>
            <numerusform>Overdue by %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>laatu::gui::OutcomesPanel</name>
    <message>
        <source>Outcomes per period</source>
        <translation>Outcomes per period</translation>
    </message>
    <message>
        <source>People coached and people in competitive work per period. The employment rate is drawn beside the fidelity trend.</source>
        <translation>People coached and people in competitive work per period. The employment rate is drawn beside the fidelity trend.</translation>
    </message>
    <message>
        <source>&amp;Add Period…</source>
        <translation>&amp;Add Period…</translation>
    </message>
    <message>
        <source>Re&amp;move Period</source>
        <translation>Re&amp;move Period</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Coached</source>
        <translation>Coached</translation>
    </message>
    <message>
        <source>In work</source>
        <translation>In work</translation>
    </message>
    <message>
        <source>Employment rate</source>
        <translation>Employment rate</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Outcomes Not Saved</source>
        <translation>Outcomes Not Saved</translation>
    </message>
    <message>
        <source>Remove Period</source>
        <translation>Remove Period</translation>
    </message>
    <message>
        <source>Remove the outcomes of %1 (%2 coached, %3 in work)?</source>
        <translation>Remove the outcomes of %1 (%2 coached, %3 in work)?</translation>
    </message>
    <message>
        <source>Outcomes Not Removed</source>
        <translation>Outcomes Not Removed</translation>
    </message>
</context>
<context>
    <name>laatu::gui::ProgrammeActions</name>
    <message>
        <source>No Programme Server</source>
        <translation>No Programme Server</translation>
    </message>
    <message>
        <source>No programme server is set up, so nothing was sent or received. Set one up now?</source>
        <translation>No programme server is set up, so nothing was sent or received. Set one up now?</translation>
    </message>
    <message>
        <source>Programme Server Address</source>
        <translation>Programme Server Address</translation>
    </message>
    <message>
        <source>The programme server&apos;s address cannot be used: %1

Correct it in Settings → Programme Server.</source>
        <translation>The programme server&apos;s address cannot be used: %1

Correct it in Settings → Programme Server.</translation>
    </message>
    <message>
        <source>Publish Review</source>
        <translation>Publish Review</translation>
    </message>
    <message>
        <source>This review was pulled from the programme: only its own reviewers publish it.</source>
        <translation>This review was pulled from the programme: only its own reviewers publish it.</translation>
    </message>
    <message>
        <source>Only final reviews are published; drafts stay on this laptop. Finalise the review first (Review → Finalise).</source>
        <translation>Only final reviews are published; drafts stay on this laptop. Finalise the review first (Review → Finalise).</translation>
    </message>
    <message>
        <source>Publish All Final Reviews</source>
        <translation>Publish All Final Reviews</translation>
    </message>
    <message>
        <source>There is nothing to publish: this laptop has no final reviews of its own.</source>
        <translation>There is nothing to publish: this laptop has no final reviews of its own.</translation>
    </message>
    <message>
        <source>publishing to the programme server</source>
        <translation>publishing to the programme server</translation>
    </message>
    <message>
        <source>Not Published</source>
        <translation>Not Published</translation>
    </message>
    <message>
        <source>pulling the programme&apos;s reviews</source>
        <translation>pulling the programme&apos;s reviews</translation>
    </message>
    <message>
        <source>Programme Reviews Not Pulled</source>
        <translation>Programme Reviews Not Pulled</translation>
    </message>
    <message>
        <source>The keyring could not keep the password (%1); it is kept for this session only.</source>
        <translation>The keyring could not keep the password (%1); it is kept for this session only.</translation>
    </message>
    <message numerus="yes">
        <source>Pulling the programme&apos;s reviews from %1: %n received…</source>
        <translation>
            <numerusform>Pulling the programme&apos;s reviews from %1: %n received…</numerusform>
            <numerusform>Pulling the programme&apos;s reviews from %1: %n received…</numerusform>
        </translation>
    </message>
    <message>
        <source>Publishing to %1: %2 of %3…</source>
        <translation>Publishing to %1: %2 of %3…</translation>
    </message>
    <message>
        <source>Not published yet: %1 The review waits on this laptop and is sent with the next publish.</source>
        <translation>Not published yet: %1 The review waits on this laptop and is sent with the next publish.</translation>
    </message>
    <message>
        <source>Published to the programme server %1.</source>
        <translation>Published to the programme server %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) published to %1.</source>
        <translation>
            <numerusform>%n review published to %1.</numerusform>
            <numerusform>%n reviews published to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) already on the server as they are here.</source>
        <translation>
            <numerusform>%n review already on the server as it is here.</numerusform>
            <numerusform>%n reviews already on the server as they are here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) in conflict: the server already holds the same revision with other content. It keeps its own and lists this laptop&apos;s beside it for the programme&apos;s administrator to settle.</source>
        <translation>
            <numerusform>%n review in conflict: the server already holds the same revision with other content. It keeps its own and lists this laptop&apos;s beside it for the programme&apos;s administrator to settle.</numerusform>
            <numerusform>%n reviews in conflict: the server already holds the same revisions with other content. It keeps its own and lists this laptop&apos;s beside them for the programme&apos;s administrator to settle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) refused by the server:</source>
        <translation>
            <numerusform>%n review refused by the server:</numerusform>
            <numerusform>%n reviews refused by the server:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing is lost: %n review(s) wait on this laptop and are sent with the next publish (File → Publish All Final Reviews).</source>
        <translation>
            <numerusform>Nothing is lost: %n review waits on this laptop and is sent with the next publish (File → Publish All Final Reviews).</numerusform>
            <numerusform>Nothing is lost: %n reviews wait on this laptop and are sent with the next publish (File → Publish All Final Reviews).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not Everything Was Published</source>
        <translation>Not Everything Was Published</translation>
    </message>
    <message>
        <source>Reviews Published</source>
        <translation>Reviews Published</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) received from %1.</source>
        <translation>
            <numerusform>%n review received from %1.</numerusform>
            <numerusform>%n reviews received from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>New in the programme copy: %1. Newer revisions: %2. Unchanged: %3. This laptop&apos;s own, left as they are: %4.</source>
        <translation>New in the programme copy: %1. Newer revisions: %2. Unchanged: %3. This laptop&apos;s own, left as they are: %4.</translation>
    </message>
    <message>
        <source>What was received before that is kept; the next pull goes on from there.</source>
        <translation>What was received before that is kept; the next pull goes on from there.</translation>
    </message>
    <message>
        <source>Pull Not Completed</source>
        <translation>Pull Not Completed</translation>
    </message>
    <message>
        <source>Programme Reviews Pulled</source>
        <translation>Programme Reviews Pulled</translation>
    </message>
</context>
<context>
    <name>laatu::gui::ProgrammeServerDialog</name>
    <message>
        <source>Programme Server</source>
        <translation>Programme Server</translation>
    </message>
    <message>
        <source>Final reviews are published to the programme&apos;s PostgreSQL server and the programme&apos;s reviews pulled from it. Leave the address empty to keep Laatu off the network.</source>
        <translation>Final reviews are published to the programme&apos;s PostgreSQL server and the programme&apos;s reviews pulled from it. Leave the address empty to keep Laatu off the network.</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Server address:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA certificate:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>&amp;Remember the password in the system keyring</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Test Connection</translation>
    </message>
    <message>
        <source>CA Certificate of the Programme Server</source>
        <translation>CA Certificate of the Programme Server</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificates (*.pem *.crt);;All files (*)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Not usable: %1</source>
        <translation>Not usable: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>The address is saved; the keyring could not keep the password (%1), so it is kept for this session only.</source>
        <translation>The address is saved; the keyring could not keep the password (%1), so it is kept for this session only.</translation>
    </message>
    <message>
        <source>your login on the server</source>
        <translation>your login on the server</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
</context>
<context>
    <name>laatu::gui::ReportActions</name>
    <message>
        <source>Report Not Made</source>
        <translation>Report Not Made</translation>
    </message>
    <message>
        <source>%1 review %2.pdf</source>
        <translation>%1 review %2.pdf</translation>
    </message>
    <message>
        <source>Laatu</source>
        <translation>Laatu</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Export Report</translation>
    </message>
    <message>
        <source>Report Not Saved</source>
        <translation>Report Not Saved</translation>
    </message>
    <message numerus="yes">
        <source>Report saved: %1 (%n page(s))</source>
        <translation>
            <numerusform>Report saved: %1 (%n page)</numerusform>
            <numerusform>Report saved: %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Print Report</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;OpenDocument text, to edit (*.odt)</source>
        <translation>PDF documents (*.pdf);;OpenDocument text, to edit (*.odt)</translation>
    </message>
    <message>
        <source>Report saved for editing: %1</source>
        <translation>Report saved for editing: %1</translation>
    </message>
    <message>
        <source>Da&amp;ta Request…</source>
        <translation>Da&amp;ta Request…</translation>
    </message>
    <message>
        <source>Data Request Not Made</source>
        <translation>Data Request Not Made</translation>
    </message>
    <message>
        <source>%1 data request %2.pdf</source>
        <translation>%1 data request %2.pdf</translation>
    </message>
    <message>
        <source>Save Data Request</source>
        <translation>Save Data Request</translation>
    </message>
    <message>
        <source>Data Request Not Saved</source>
        <translation>Data Request Not Saved</translation>
    </message>
    <message>
        <source>Data request saved for editing: %1</source>
        <translation>Data request saved for editing: %1</translation>
    </message>
    <message numerus="yes">
        <source>Data request saved: %1 (%n page(s))</source>
        <translation>
            <numerusform>Data request saved: %1 (%n page)</numerusform>
            <numerusform>Data request saved: %1 (%n pages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>laatu::gui::ReportOptionsDialog</name>
    <message>
        <source>Include &amp;record codes in the appendix</source>
        <translation>Include &amp;record codes in the appendix</translation>
    </message>
    <message>
        <source>Include record codes in the appendix</source>
        <translation>Include record codes in the appendix</translation>
    </message>
</context>
<context>
    <name>laatu::gui::ReviewActions</name>
    <message>
        <source>Review Not Created</source>
        <translation>Review Not Created</translation>
    </message>
    <message>
        <source>Review Not Read</source>
        <translation>Review Not Read</translation>
    </message>
    <message>
        <source>Follow-up Review</source>
        <translation>Follow-up Review</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation>Check: %1</translation>
    </message>
    <message>
        <source>Delete the review of %1 on %2 with all its ratings, notes, findings and actions?

This cannot be undone. The daily backup still holds it until it is rotated.</source>
        <translation>Delete the review of %1 on %2 with all its ratings, notes, findings and actions?

This cannot be undone. The daily backup still holds it until it is rotated.</translation>
    </message>
    <message>
        <source>Delete Review</source>
        <translation>Delete Review</translation>
    </message>
    <message>
        <source>Review Not Deleted</source>
        <translation>Review Not Deleted</translation>
    </message>
    <message>
        <source>Review deleted</source>
        <translation>Review deleted</translation>
    </message>
    <message>
        <source>Finalise Review</source>
        <translation>Finalise Review</translation>
    </message>
    <message>
        <source>Make the review final? It is then read-only; reopening it later is possible and is logged with its reason.</source>
        <translation>Make the review final? It is then read-only; reopening it later is possible and is logged with its reason.</translation>
    </message>
    <message>
        <source>Reopen Review</source>
        <translation>Reopen Review</translation>
    </message>
    <message>
        <source>Why is the final review reopened? The reason goes into the review&apos;s log with every change that follows.</source>
        <translation>Why is the final review reopened? The reason goes into the review&apos;s log with every change that follows.</translation>
    </message>
    <message>
        <source>The review stays final: a reason is needed to reopen it.</source>
        <translation>The review stays final: a reason is needed to reopen it.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n criteria unrated</source>
        <translation>
            <numerusform>%1: %n criterion unrated</numerusform>
            <numerusform>%1: %n criteria unrated</numerusform>
        </translation>
    </message>
    <message>
        <source>Every reviewer has rated every criterion. Reveal the sheets so that each sees the others&apos; ratings and the consensus can be agreed?</source>
        <translation>Every reviewer has rated every criterion. Reveal the sheets so that each sees the others&apos; ratings and the consensus can be agreed?</translation>
    </message>
    <message>
        <source>Not every reviewer has finished:

• %1

Once revealed, the sheets are no longer independent. Reveal them anyway?</source>
        <translation>Not every reviewer has finished:

• %1

Once revealed, the sheets are no longer independent. Reveal them anyway?</translation>
    </message>
    <message>
        <source>Reveal the Sheets</source>
        <translation>Reveal the Sheets</translation>
    </message>
    <message>
        <source>Log Not Read</source>
        <translation>Log Not Read</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>This review was pulled from the programme and is read-only here: only its own reviewers can reopen it.</source>
        <translation>This review was pulled from the programme and is read-only here: only its own reviewers can reopen it.</translation>
    </message>
</context>
<context>
    <name>laatu::gui::ReviewBrowser</name>
    <message>
        <source>Filter by county, site or municipality (Ctrl+F)</source>
        <translation>Filter by county, site or municipality (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter sites</source>
        <translation>Filter sites</translation>
    </message>
    <message>
        <source>Show archived sites</source>
        <translation>Show archived sites</translation>
    </message>
    <message>
        <source>New Review…</source>
        <translation>New Review…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open the chosen review</source>
        <translation>Open the chosen review</translation>
    </message>
</context>
<context>
    <name>laatu::gui::ReviewListPanel</name>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Incomplete, %1/%2</source>
        <translation>Incomplete, %1/%2</translation>
    </message>
    <message>
        <source>%1 of %2 criteria have a consensus rating</source>
        <translation>%1 of %2 criteria have a consensus rating</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Sites and reviews</source>
        <translation>Sites and reviews</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archived)</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n review</numerusform>
            <numerusform>%n reviews</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>laatu::gui::ReviewScopeChoice</name>
    <message>
        <source>Revie&amp;ws from:</source>
        <translation>Revie&amp;ws from:</translation>
    </message>
    <message>
        <source>Reviews from</source>
        <translation>Reviews from</translation>
    </message>
    <message>
        <source>This laptop: only the reviews made on this laptop. The programme: these and the reviews pulled from the programme server at the last pull.</source>
        <translation>This laptop: only the reviews made on this laptop. The programme: these and the reviews pulled from the programme server at the last pull.</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>This laptop</translation>
    </message>
    <message>
        <source>Only the reviews made on this laptop.</source>
        <translation>Only the reviews made on this laptop.</translation>
    </message>
    <message>
        <source>This laptop&apos;s reviews and those pulled from the programme server.</source>
        <translation>This laptop&apos;s reviews and those pulled from the programme server.</translation>
    </message>
    <message>
        <source>The programme</source>
        <translation>The programme</translation>
    </message>
    <message>
        <source>The programme (pulled %1)</source>
        <extracomment>The reviews of the whole programme as pulled from its server; %1 is the date and time of the last pull, e.g. &quot;1.12.2026 14.30&quot;.</extracomment>
        <translation>The programme (pulled %1)</translation>
    </message>
</context>
<context>
    <name>laatu::gui::ReviewSession</name>
    <message>
        <source>Review Not Read Back</source>
        <translation>Review Not Read Back</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>Change Refused</translation>
    </message>
    <message>
        <source>%1 was not saved.

%2</source>
        <translation>%1 was not saved.

%2</translation>
    </message>
    <message>
        <source>The review is final. Reopen it to change it; the reopening and every later change are logged.</source>
        <translation>The review is final. Reopen it to change it; the reopening and every later change are logged.</translation>
    </message>
    <message>
        <source>The database is open read-only, so nothing can be changed.</source>
        <translation>The database is open read-only, so nothing can be changed.</translation>
    </message>
    <message>
        <source>consensus</source>
        <translation>consensus</translation>
    </message>
    <message>
        <source>Rating %1 for criterion %2 (%3)</source>
        <translation>Rating %1 for criterion %2 (%3)</translation>
    </message>
    <message>
        <source>Rating of criterion %1 cleared (%2)</source>
        <translation>Rating of criterion %1 cleared (%2)</translation>
    </message>
    <message>
        <source>Reason for the consensus on criterion %1</source>
        <translation>Reason for the consensus on criterion %1</translation>
    </message>
    <message>
        <source>Note on criterion %1</source>
        <translation>Note on criterion %1</translation>
    </message>
    <message>
        <source>Figures of criterion %1</source>
        <translation>Figures of criterion %1</translation>
    </message>
    <message>
        <source>Checklist of criterion %1</source>
        <translation>Checklist of criterion %1</translation>
    </message>
    <message>
        <source>Strength on criterion %1</source>
        <translation>Strength on criterion %1</translation>
    </message>
    <message>
        <source>Recommendation on criterion %1</source>
        <translation>Recommendation on criterion %1</translation>
    </message>
    <message>
        <source>Finding changed</source>
        <translation>Finding changed</translation>
    </message>
    <message>
        <source>Finding added</source>
        <translation>Finding added</translation>
    </message>
    <message>
        <source>Finding removed</source>
        <translation>Finding removed</translation>
    </message>
    <message>
        <source>Action item changed</source>
        <translation>Action item changed</translation>
    </message>
    <message>
        <source>Action item added</source>
        <translation>Action item added</translation>
    </message>
    <message>
        <source>Action item removed</source>
        <translation>Action item removed</translation>
    </message>
    <message>
        <source>Review Not Final</source>
        <translation>Review Not Final</translation>
    </message>
    <message>
        <source>The review is final</source>
        <translation>The review is final</translation>
    </message>
    <message>
        <source>Review Not Reopened</source>
        <translation>Review Not Reopened</translation>
    </message>
    <message>
        <source>The review is open for changes again; changes are logged</source>
        <translation>The review is open for changes again; changes are logged</translation>
    </message>
    <message>
        <source>Sheets Not Revealed</source>
        <translation>Sheets Not Revealed</translation>
    </message>
    <message>
        <source>The reviewers&apos; ratings are revealed: agree the consensus</source>
        <translation>The reviewers&apos; ratings are revealed: agree the consensus</translation>
    </message>
    <message>
        <source>Visit plan item changed</source>
        <translation>Visit plan item changed</translation>
    </message>
    <message>
        <source>Visit plan item added</source>
        <translation>Visit plan item added</translation>
    </message>
    <message>
        <source>Visit plan item removed</source>
        <translation>Visit plan item removed</translation>
    </message>
    <message>
        <source>Visit plan item moved</source>
        <translation>Visit plan item moved</translation>
    </message>
    <message>
        <source>Visit plan started from the template</source>
        <translation>Visit plan started from the template</translation>
    </message>
    <message>
        <source>Coach row added</source>
        <translation>Coach row added</translation>
    </message>
    <message>
        <source>Record row added</source>
        <translation>Record row added</translation>
    </message>
    <message>
        <source>The workbook row is no longer stored.</source>
        <translation>The workbook row is no longer stored.</translation>
    </message>
    <message>
        <source>Coach row changed</source>
        <translation>Coach row changed</translation>
    </message>
    <message>
        <source>Record row changed</source>
        <translation>Record row changed</translation>
    </message>
    <message>
        <source>Coach row removed</source>
        <translation>Coach row removed</translation>
    </message>
    <message>
        <source>Record row removed</source>
        <translation>Record row removed</translation>
    </message>
    <message>
        <source>Record Sample Not Cleared</source>
        <translation>Record Sample Not Cleared</translation>
    </message>
    <message numerus="yes">
        <source>%n record rows cleared; the figures they gave are kept</source>
        <translation>
            <numerusform>%n record row cleared; the figures it gave are kept</numerusform>
            <numerusform>%n record rows cleared; the figures they gave are kept</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>laatu::gui::ReviewWorkspace</name>
    <message>
        <source>&amp;Criteria</source>
        <translation>&amp;Criteria</translation>
    </message>
    <message>
        <source>C&amp;onsensus</source>
        <translation>C&amp;onsensus</translation>
    </message>
    <message>
        <source>Finalise…</source>
        <translation>Finalise…</translation>
    </message>
    <message>
        <source>Locks the review: every criterion has a consensus rating and the reasons are written.</source>
        <translation>Locks the review: every criterion has a consensus rating and the reasons are written.</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <source>Close Review</source>
        <translation>Close Review</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · reviewers: %4</source>
        <translation>%1 · %2 · %3 · reviewers: %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Final: read-only</source>
        <translation>Final: read-only</translation>
    </message>
    <message>
        <source>Fin&amp;dings and Actions</source>
        <translation>Fin&amp;dings and Actions</translation>
    </message>
    <message>
        <source>Review views</source>
        <translation>Review views</translation>
    </message>
    <message>
        <source>&amp;Workbook</source>
        <translation>&amp;Workbook</translation>
    </message>
    <message>
        <source>V&amp;isit Plan</source>
        <translation>V&amp;isit Plan</translation>
    </message>
</context>
<context>
    <name>laatu::gui::ScorePanel</name>
    <message>
        <source>Score: %1</source>
        <translation>Score: %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Mean %1</source>
        <translation>Mean %1</translation>
    </message>
    <message>
        <source>%1 of %2 criteria rated</source>
        <translation>%1 of %2 criteria rated</translation>
    </message>
    <message>
        <source>Level: when all are rated</source>
        <translation>Level: when all are rated</translation>
    </message>
    <message>
        <source>Every criterion is rated.</source>
        <translation>Every criterion is rated.</translation>
    </message>
    <message>
        <source>Unrated: %1</source>
        <translation>Unrated: %1</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
</context>
<context>
    <name>laatu::gui::ServerPasswordDialog</name>
    <message>
        <source>Programme Server Password</source>
        <translation>Programme Server Password</translation>
    </message>
    <message>
        <source>The password of %1 on the programme server:</source>
        <translation>The password of %1 on the programme server:</translation>
    </message>
    <message>
        <source>The programme server did not accept the login: %1

The password of %2:</source>
        <translation>The programme server did not accept the login: %1

The password of %2:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>&amp;Remember the password in the system keyring</translation>
    </message>
</context>
<context>
    <name>laatu::gui::ShortcutsDialog</name>
    <message>
        <source>On a criterion page</source>
        <translation>On a criterion page</translation>
    </message>
</context>
<context>
    <name>laatu::gui::SiteActions</name>
    <message>
        <source>Site Not Saved</source>
        <translation>Site Not Saved</translation>
    </message>
    <message>
        <source>Site %1 added</source>
        <translation>Site %1 added</translation>
    </message>
    <message>
        <source>Site %1 archived; “Show archived sites” lists it.</source>
        <translation>Site %1 archived; “Show archived sites” lists it.</translation>
    </message>
    <message>
        <source>Site %1 is active again</source>
        <translation>Site %1 is active again</translation>
    </message>
    <message>
        <source>Site %1 changed</source>
        <translation>Site %1 changed</translation>
    </message>
    <message>
        <source>Site %1 saved (Ctrl+Z undoes it)</source>
        <translation>Site %1 saved (Ctrl+Z undoes it)</translation>
    </message>
    <message>
        <source>Site %1 archived</source>
        <translation>Site %1 archived</translation>
    </message>
    <message>
        <source>Site %1 restored</source>
        <translation>Site %1 restored</translation>
    </message>
</context>
<context>
    <name>laatu::gui::SiteDialog</name>
    <message>
        <source>New Site</source>
        <translation>New Site</translation>
    </message>
    <message>
        <source>Site Details</source>
        <translation>Site Details</translation>
    </message>
    <message>
        <source>Used in this database; not one of the wellbeing services counties</source>
        <translation>Used in this database; not one of the wellbeing services counties</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Other…</translation>
    </message>
    <message>
        <source>Type a county that is not in the list</source>
        <translation>Type a county that is not in the list</translation>
    </message>
</context>
<context>
    <name>laatu::gui::SiteHistoryView</name>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Show s&amp;ections</source>
        <translation>Show s&amp;ections</translation>
    </message>
    <message>
        <source>Adds a line per section of the catalog to the chart.</source>
        <translation>Adds a line per section of the catalog to the chart.</translation>
    </message>
    <message>
        <source>E&amp;xport Chart…</source>
        <translation>E&amp;xport Chart…</translation>
    </message>
    <message>
        <source>Saves the chart as a PNG or SVG image.</source>
        <translation>Saves the chart as a PNG or SVG image.</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>&amp;Changes</source>
        <translation>&amp;Changes</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>&amp;Follow-up</translation>
    </message>
    <message>
        <source>&amp;Outcomes</source>
        <translation>&amp;Outcomes</translation>
    </message>
    <message>
        <source>Site History</source>
        <translation>Site History</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Fidelity over time: %1</source>
        <translation>Fidelity over time: %1</translation>
    </message>
    <message>
        <source>Fidelity over time</source>
        <translation>Fidelity over time</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Export Chart</translation>
    </message>
    <message>
        <source>fidelity-%1.png</source>
        <translation>fidelity-%1.png</translation>
    </message>
    <message>
        <source>Chart Not Saved</source>
        <translation>Chart Not Saved</translation>
    </message>
    <message>
        <source>Changes and follow-up</source>
        <translation>Changes and follow-up</translation>
    </message>
</context>
<context>
    <name>laatu::gui::SiteReviewsTable</name>
    <message>
        <source>Reviews of the site</source>
        <translation>Reviews of the site</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incomplete</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>%1 of %2 criteria rated: no total until all are</source>
        <translation>%1 of %2 criteria rated: no total until all are</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>laatu::gui::TotalsBarChart</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incomplete</translation>
    </message>
    <message>
        <source>%1: incomplete, %2 of %3 criteria rated</source>
        <translation>%1: incomplete, %2 of %3 criteria rated</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>No reviews to compare.</source>
        <translation>No reviews to compare.</translation>
    </message>
    <message>
        <source>Totals by site</source>
        <translation>Totals by site</translation>
    </message>
    <message>
        <source>incomplete: %1 of %2 criteria rated</source>
        <translation>incomplete: %1 of %2 criteria rated</translation>
    </message>
    <message>
        <source>Total (%1–%2); bar colour: level; highest first</source>
        <translation>Total (%1–%2); bar colour: level; highest first</translation>
    </message>
</context>
<context>
    <name>laatu::gui::UndoActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Undone: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Redone: %1</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
</context>
<context>
    <name>laatu::gui::VisitPlanDelegate</name>
    <message>
        <source>Day of the visit</source>
        <translation>Day of the visit</translation>
    </message>
</context>
<context>
    <name>laatu::gui::VisitPlanTableModel</name>
    <message>
        <source>Day %1 is after the visit&apos;s last day</source>
        <translation>Day %1 is after the visit&apos;s last day</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>With whom</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day; type it as 9:30 or 09:30.</source>
        <translation>&quot;%1&quot; is not a time of day; type it as 9:30 or 09:30.</translation>
    </message>
</context>
<context>
    <name>laatu::gui::VisitPlanView</name>
    <message>
        <source>The agenda of the site visit, agreed with the service and sent to it before the visit. Type in a cell to change it (F2 edits, Enter saves, Shift+Enter starts a new line in What and With whom, Esc cancels).</source>
        <translation>The agenda of the site visit, agreed with the service and sent to it before the visit. Type in a cell to change it (F2 edits, Enter saves, Shift+Enter starts a new line in What and With whom, Esc cancels).</translation>
    </message>
    <message>
        <source>Visit plan</source>
        <translation>Visit plan</translation>
    </message>
    <message>
        <source>Add I&amp;tem</source>
        <translation>Add I&amp;tem</translation>
    </message>
    <message>
        <source>Add an item to the visit plan</source>
        <translation>Add an item to the visit plan</translation>
    </message>
    <message>
        <source>Re&amp;move Item</source>
        <translation>Re&amp;move Item</translation>
    </message>
    <message>
        <source>Remove the current item of the visit plan</source>
        <translation>Remove the current item of the visit plan</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Move &amp;Up</translation>
    </message>
    <message>
        <source>Move the current item up</source>
        <translation>Move the current item up</translation>
    </message>
    <message>
        <source>Move Dow&amp;n</source>
        <translation>Move Dow&amp;n</translation>
    </message>
    <message>
        <source>Move the current item down</source>
        <translation>Move the current item down</translation>
    </message>
    <message>
        <source>Start from Tem&amp;plate</source>
        <translation>Start from Tem&amp;plate</translation>
    </message>
    <message>
        <source>Start the visit plan from the built-in template</source>
        <translation>Start the visit plan from the built-in template</translation>
    </message>
    <message>
        <source>Use &amp;Your Own Template…</source>
        <translation>Use &amp;Your Own Template…</translation>
    </message>
    <message>
        <source>Start the visit plan from a template file</source>
        <translation>Start the visit plan from a template file</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>E&amp;xport PDF…</translation>
    </message>
    <message>
        <source>Save the visit plan as a PDF letter</source>
        <translation>Save the visit plan as a PDF letter</translation>
    </message>
    <message>
        <source>Export for Editin&amp;g (ODT)…</source>
        <translation>Export for Editin&amp;g (ODT)…</translation>
    </message>
    <message>
        <source>Save the visit plan as an OpenDocument text to edit</source>
        <translation>Save the visit plan as an OpenDocument text to edit</translation>
    </message>
    <message>
        <source>Print P&amp;lan…</source>
        <translation>Print P&amp;lan…</translation>
    </message>
    <message>
        <source>Print the visit plan</source>
        <translation>Print the visit plan</translation>
    </message>
    <message>
        <source>The review is final, so its visit plan is read-only. Reopen the review to change it.</source>
        <translation>The review is final, so its visit plan is read-only. Reopen the review to change it.</translation>
    </message>
    <message>
        <source>The database is open read-only, so the visit plan cannot be changed.</source>
        <translation>The database is open read-only, so the visit plan cannot be changed.</translation>
    </message>
    <message>
        <source>This review has no visit plan yet. Start from the template and change what differs at this site.</source>
        <translation>This review has no visit plan yet. Start from the template and change what differs at this site.</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>New item</translation>
    </message>
    <message>
        <source>Replace the Visit Plan</source>
        <translation>Replace the Visit Plan</translation>
    </message>
    <message numerus="yes">
        <source>The visit plan has %n item(s). Replace them with the template&apos;s? Undo brings them back.</source>
        <translation>
            <numerusform>The visit plan has %n item. Replace it with the template&apos;s? Undo brings it back.</numerusform>
            <numerusform>The visit plan has %n items. Replace them with the template&apos;s? Undo brings them back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start from a Visit Plan Template</source>
        <translation>Start from a Visit Plan Template</translation>
    </message>
    <message>
        <source>Visit plan templates (*.json)</source>
        <translation>Visit plan templates (*.json)</translation>
    </message>
    <message>
        <source>Not a Visit Plan Template</source>
        <translation>Not a Visit Plan Template</translation>
    </message>
    <message>
        <source>%1 cannot be used as a visit plan template:

%2</source>
        <translation>%1 cannot be used as a visit plan template:

%2</translation>
    </message>
    <message>
        <source>%1 visit plan %2.%3</source>
        <translation>%1 visit plan %2.%3</translation>
    </message>
    <message>
        <source>Save Visit Plan for Editing</source>
        <translation>Save Visit Plan for Editing</translation>
    </message>
    <message>
        <source>Save Visit Plan</source>
        <translation>Save Visit Plan</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument text (*.odt)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Visit Plan Not Saved</source>
        <translation>Visit Plan Not Saved</translation>
    </message>
    <message>
        <source>Visit plan saved for editing: %1</source>
        <translation>Visit plan saved for editing: %1</translation>
    </message>
    <message numerus="yes">
        <source>Visit plan saved: %1 (%n page(s))</source>
        <translation>
            <numerusform>Visit plan saved: %1 (%n page)</numerusform>
            <numerusform>Visit plan saved: %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>Print Visit Plan</source>
        <translation>Print Visit Plan</translation>
    </message>
</context>
<context>
    <name>laatu::gui::WeakestCriteriaTable</name>
    <message>
        <source>Weakest criteria across the county</source>
        <translation>Weakest criteria across the county</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>County mean</source>
        <translation>County mean</translation>
    </message>
    <message>
        <source>Sites at 1–2</source>
        <translation>Sites at 1–2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>laatu::gui::WorkbookActions</name>
    <message>
        <source>&amp;Workbook</source>
        <translation>&amp;Workbook</translation>
    </message>
    <message>
        <source>Clear Record Sa&amp;mple…</source>
        <translation>Clear Record Sa&amp;mple…</translation>
    </message>
    <message>
        <source>Deletes the final review&apos;s record rows and keeps the figures they gave; the review log records it.</source>
        <translation>Deletes the final review&apos;s record rows and keeps the figures they gave; the review log records it.</translation>
    </message>
    <message numerus="yes">
        <source>The review is final. Its workbook still holds %n record rows.</source>
        <translation>
            <numerusform>The review is final. Its workbook still holds %n record row.</numerusform>
            <numerusform>The review is final. Its workbook still holds %n record rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear them now and keep only the figures they gave? The figures stay on the criterion pages as typed figures and the review log records the clearing. You can also do it later: Review → Clear Record Sample….</source>
        <translation>Clear them now and keep only the figures they gave? The figures stay on the criterion pages as typed figures and the review log records the clearing. You can also do it later: Review → Clear Record Sample….</translation>
    </message>
    <message>
        <source>Clear the Record Sample?</source>
        <translation>Clear the Record Sample?</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n record rows of this review for good and keep only the figures they gave, as typed figures?</source>
        <translation>
            <numerusform>Delete the %n record row of this review for good and keep only the figures it gave, as typed figures?</numerusform>
            <numerusform>Delete the %n record rows of this review for good and keep only the figures they gave, as typed figures?</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone; the review log records it. Backups made from now on hold no record codes.</source>
        <translation>This cannot be undone; the review log records it. Backups made from now on hold no record codes.</translation>
    </message>
    <message>
        <source>Clear Record Sample</source>
        <translation>Clear Record Sample</translation>
    </message>
    <message>
        <source>Visit &amp;Plan</source>
        <translation>Visit &amp;Plan</translation>
    </message>
</context>
<context>
    <name>laatu::gui::WorkbookItemDelegate</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>laatu::gui::WorkbookTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Coach (code or first name)</source>
        <translation>Coach (code or first name)</translation>
    </message>
    <message>
        <source>Record code</source>
        <translation>Record code</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for &quot;%2&quot;; the stored value is kept.</source>
        <translation>&quot;%1&quot; is not a valid value for &quot;%2&quot;; the stored value is kept.</translation>
    </message>
</context>
<context>
    <name>laatu::gui::WorkbookTablePanel</name>
    <message>
        <source>&amp;Job coaches</source>
        <translation>&amp;Job coaches</translation>
    </message>
    <message>
        <source>Record sam&amp;ple</source>
        <translation>Record sam&amp;ple</translation>
    </message>
    <message>
        <source>Job coaches</source>
        <translation>Job coaches</translation>
    </message>
    <message>
        <source>Record sample</source>
        <translation>Record sample</translation>
    </message>
    <message>
        <source>Add Jo&amp;b Coach</source>
        <translation>Add Jo&amp;b Coach</translation>
    </message>
    <message>
        <source>Add C&amp;lient Record</source>
        <translation>Add C&amp;lient Record</translation>
    </message>
    <message>
        <source>Adds a row and puts the cursor in its code (Insert or Ctrl+N in the table)</source>
        <translation>Adds a row and puts the cursor in its code (Insert or Ctrl+N in the table)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Removes the chosen row (Delete in the table); Ctrl+Z brings it back</source>
        <translation>Removes the chosen row (Delete in the table); Ctrl+Z brings it back</translation>
    </message>
    <message>
        <source>Add a job coach</source>
        <translation>Add a job coach</translation>
    </message>
    <message>
        <source>Add a client record</source>
        <translation>Add a client record</translation>
    </message>
    <message>
        <source>Remove the coach row</source>
        <translation>Remove the coach row</translation>
    </message>
    <message>
        <source>Remove the record row</source>
        <translation>Remove the record row</translation>
    </message>
    <message>
        <source>What the figures rest on</source>
        <translation>What the figures rest on</translation>
    </message>
    <message>
        <source>Only pseudonymous codes here (e.g. A1, A2), never a client&apos;s name or personal identity code: the record sample is the most sensitive data in the review, stays on this laptop and is cleared once the review is final.</source>
        <translation>Only pseudonymous codes here (e.g. A1, A2), never a client&apos;s name or personal identity code: the record sample is the most sensitive data in the review, stays on this laptop and is cleared once the review is final.</translation>
    </message>
    <message>
        <source>The record sample was cleared after the review was final. The figures it gave are kept as typed figures on the criterion pages.</source>
        <translation>The record sample was cleared after the review was final. The figures it gave are kept as typed figures on the criterion pages.</translation>
    </message>
    <message numerus="yes">
        <source>%n coaches</source>
        <translation>
            <numerusform>%n coach</numerusform>
            <numerusform>%n coaches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no figures computed from them yet.</source>
        <translation>%1: no figures computed from them yet.</translation>
    </message>
    <message numerus="yes">
        <source>%1: the figures of criteria %2 rest on them.</source>
        <translation>
            <numerusform>%1: the figures of criterion %2 rest on them.</numerusform>
            <numerusform>%1: the figures of criteria %2 rest on them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check: %1.</source>
        <translation>Check: %1.</translation>
    </message>
    <message>
        <source>New coach: type a code or first name, then Tab to the next cell</source>
        <translation>New coach: type a code or first name, then Tab to the next cell</translation>
    </message>
    <message>
        <source>New record: type its pseudonymous code, then Tab to the next cell</source>
        <translation>New record: type its pseudonymous code, then Tab to the next cell</translation>
    </message>
    <message>
        <source>Choose the row to remove first</source>
        <translation>Choose the row to remove first</translation>
    </message>
    <message>
        <source>Row removed; Ctrl+Z brings it back</source>
        <translation>Row removed; Ctrl+Z brings it back</translation>
    </message>
</context>
<context>
    <name>laatu::gui::WorkbookView</name>
    <message>
        <source>The numeric criteria take their figures from these rows as they are typed; a figure typed on a criterion page is used instead.</source>
        <translation>The numeric criteria take their figures from these rows as they are typed; a figure typed on a criterion page is used instead.</translation>
    </message>
    <message>
        <source>The record sample was cleared: the figures of criterion %1 are kept as typed</source>
        <translation>The record sample was cleared: the figures of criterion %1 are kept as typed</translation>
    </message>
    <message>
        <source>The rows behind the figures of criterion %1 are selected</source>
        <translation>The rows behind the figures of criterion %1 are selected</translation>
    </message>
    <message>
        <source>No row holds the figures of criterion %1 yet</source>
        <translation>No row holds the figures of criterion %1 yet</translation>
    </message>
</context>
<context>
    <name>laatu::gui::WriterChecks</name>
    <message>
        <source>Checking the database…</source>
        <translation>Checking the database…</translation>
    </message>
    <message>
        <source>The database is damaged: nothing more is saved.</source>
        <translation>The database is damaged: nothing more is saved.</translation>
    </message>
    <message>
        <source>Database Damaged</source>
        <translation>Database Damaged</translation>
    </message>
    <message>
        <source>Database checked.</source>
        <translation>Database checked.</translation>
    </message>
    <message>
        <source>Backup Failed</source>
        <translation>Backup Failed</translation>
    </message>
    <message>
        <source>Backup Not Put Back</source>
        <translation>Backup Not Put Back</translation>
    </message>
    <message>
        <source>making the daily backup</source>
        <translation>making the daily backup</translation>
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
    <message>
        <source>Open the database in &lt;path&gt; (default: your own Laatu database).</source>
        <translation>Open the database in &lt;path&gt; (default: your own Laatu database).</translation>
    </message>
    <message>
        <source>Database Not Opened</source>
        <translation>Database Not Opened</translation>
    </message>
    <message>
        <source>no display was found (DISPLAY is not set). Start Laatu on a desktop, or use laatu-cli on the command line.</source>
        <translation>no display was found (DISPLAY is not set). Start Laatu on a desktop, or use laatu-cli on the command line.</translation>
    </message>
</context>
</TS>
