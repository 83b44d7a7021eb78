# PDF-ում տպվող տեքստեր։

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = Էջ { $page }՝ { $pages }-ից
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = Ելից № { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = Թվային դրոշմ { $fingerprint }
pdf-draft = ՆԱԽԱԳԻԾ ԽՈՐՀՐԴԱԿՑՈՒԹՅԱՆ ՀԱՄԱՐ
pdf-not-translated = [Թարգմանված չէ. բնօրինակի ձևակերպումը տրված է մյուս սյունակում։]
pdf-ticked = Այո
pdf-not-ticked = Ոչ
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = սկիզբը՝ { $from }, ավարտը՝ { $to }
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = աղբյուրի պորտ { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = ժամը՝ { $time }
