-- name: conflicts
-- description: Where the sources disagree: one office with different holders, one surname with different given names, one person with different offices.
SELECT kind, subject, detail FROM conflicts ORDER BY kind, subject
