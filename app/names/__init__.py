"""Names as people write them and as Casebook compares them: one normal form (`normalise`), pinyin readings of Han
names (`pinyin`), a Latin sort key across scripts (`sort`), and the one-letter typos of a word (`typo`).

Search, the record store, the spreadsheet importer and the benchmark all read names the same way through these.
"""
