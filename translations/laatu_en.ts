<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
    <name>BackupService</name>
    <message>
        <source>making a backup</source>
        <translation>making a backup</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>The backup folder %1 cannot be created.</translation>
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
        <source>The backup cannot be restored: %1</source>
        <translation>The backup cannot be restored: %1</translation>
    </message>
    <message>
        <source>The database is open in Laatu; close it before restoring a backup.</source>
        <translation>The database is open in Laatu; close it before restoring a backup.</translation>
    </message>
    <message>
        <source>%1 cannot be moved aside for the restore.</source>
        <translation>%1 cannot be moved aside for the restore.</translation>
    </message>
    <message>
        <source>restoring the backup</source>
        <translation>restoring the backup</translation>
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
    <name>CheckCommand</name>
    <message>
        <source>Check the database: quick, integrity and foreign key checks.</source>
        <translation>Check the database: quick, integrity and foreign key checks.</translation>
    </message>
    <message>
        <source>Runs SQLite&apos;s quick_check, integrity_check and foreign_key_check on the database (read-only) and gives a verdict.</source>
        <translation>Runs SQLite&apos;s quick_check, integrity_check and foreign_key_check on the database (read-only) and gives a verdict.</translation>
    </message>
    <message>
        <source>%1: ok, no problems found.</source>
        <translation>%1: ok, no problems found.</translation>
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
    <name>Database</name>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 cannot be read: %2.</translation>
    </message>
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
        <source>checking the database</source>
        <translation>checking the database</translation>
    </message>
    <message>
        <source>The database check found problems: %1</source>
        <translation>The database check found problems: %1</translation>
    </message>
    <message>
        <source>the file turned out to be damaged; restore the newest backup</source>
        <translation>the file turned out to be damaged; restore the newest backup</translation>
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
    <name>ImportCommand</name>
    <message>
        <source>Import review files; a file already imported changes nothing.</source>
        <translation>Import review files; a file already imported changes nothing.</translation>
    </message>
    <message>
        <source>Reads and checks every file first; if any is broken, nothing is written. Then each review is saved in one transaction. A review is matched by its UUID.</source>
        <translation>Reads and checks every file first; if any is broken, nothing is written. Then each review is saved in one transaction. A review is matched by its UUID.</translation>
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
    <name>RestoreCommand</name>
    <message>
        <source>Replace the database by a backup; the current file is kept aside.</source>
        <translation>Replace the database by a backup; the current file is kept aside.</translation>
    </message>
    <message>
        <source>Checks the backup, moves the current database (with its -wal and -shm files) aside under a new name, and writes the backup in its place. Laatu must not have the database open.</source>
        <translation>Checks the backup, moves the current database (with its -wal and -shm files) aside under a new name, and writes the backup in its place. Laatu must not have the database open.</translation>
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
</context>
<context>
    <name>ReviewDocumentReader</name>
    <message>
        <source>reading review %1</source>
        <translation>reading review %1</translation>
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
        <source>&quot;formatVersion&quot; must be %1</source>
        <translation>&quot;formatVersion&quot; must be %1</translation>
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
</context>
<context>
    <name>ReviewFileIo</name>
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
        <source>there is no such file</source>
        <translation>there is no such file</translation>
    </message>
    <message>
        <source>the file is too large for a review file (%1 bytes; at most %2)</source>
        <translation>the file is too large for a review file (%1 bytes; at most %2)</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>the file cannot be read: %1</translation>
    </message>
    <message>
        <source>%1 was not written: the review cannot be a review file (%2).</source>
        <translation>%1 was not written: the review cannot be a review file (%2).</translation>
    </message>
</context>
<context>
    <name>ReviewImporter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
    <name>SchemaMigrations</name>
    <message>
        <source>No upgrade step to database version %1.</source>
        <translation>No upgrade step to database version %1.</translation>
    </message>
    <message>
        <source>creating the database</source>
        <translation>creating the database</translation>
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
        <source>
&apos;laatu-cli &lt;command&gt; --help&apos; describes a command.

Exit codes: 0 ok, 2 wrong usage, 3 bad input or output file, 4 database problem.
</source>
        <translation>
&apos;laatu-cli &lt;command&gt; --help&apos; describes a command.

Exit codes: 0 ok, 2 wrong usage, 3 bad input or output file, 4 database problem.
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
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
</context>
<context>
    <name>laatu::gui::ReviewListPanel</name>
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
        <source>Reviews</source>
        <translation>Reviews</translation>
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
        <source>Backup Failed</source>
        <translation>Backup Failed</translation>
    </message>
</context>
</TS>
