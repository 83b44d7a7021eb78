# Request forms an authority adds from a file (a "template pack", templates/README.md): the home
# screen's list of them, and why a file is refused (nothing is stored then).

packs-add = მოთხოვნის ფორმის დამატება ფაილიდან
packs-heading = ამ ბრაუზერში დამატებული მოთხოვნის ფორმები
# Variables:
#   $issuer (String) - the authority that issued the form, as the file names it
#   $version (Number) - the form's version
#   $langs (String) - the languages the form is written in, e.g. "English, ქართული"
packs-details = გამცემი: { $issuer } · ვერსია { $version } · ენები: { $langs }
# Variables:
#   $source (String) - where the form comes from, as the file says
#   $date (String) - the date the form was issued, as written in the file (YYYY-MM-DD)
packs-source = წყარო: { $source } ({ $date })
packs-remove = ამ ფორმის ამოღება
# Variables:
#   $title (String) - the request form's title
packs-added = მოთხოვნის ფორმა დამატებულია: { $title }.
# Variables:
#   $title (String) - the request form's title
packs-removed = მოთხოვნის ფორმა ამოღებულია: { $title }. მისი პროექტები ამ ბრაუზერში რჩება და მხოლოდ წასაკითხად იხსნება.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-replace-question = ამ ბრაუზერში არის ფორმის „{ $title }“ ვერსია { $old }. ჩანაცვლდეს ის ვერსიით { $new }? ამ ფორმით შედგენილი პროექტები თავიანთ პასუხებს შეინარჩუნებს.
packs-replace = ჩანაცვლება
# Variables:
#   $title (String) - the request form's title
#   $version (Number) - the version now in use
packs-replaced = მოთხოვნის ფორმა განახლებულია: { $title }, ვერსია { $version }.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-not-newer = ამ ბრაუზერში უკვე არის ფორმის „{ $title }“ ვერსია { $old }; ფაილი შეიცავს ვერსიას { $new }. არაფერი შეცვლილა.
# Shown on a draft whose request form was removed from this browser.
# Variables:
#   $id (String) - the form's identifier, e.g. ge-subscriber
#   $version (Number) - the form's version the draft was made with
#   $issuer (String) - the authority that issued the form
packs-draft-read-only = ეს პროექტი შედგენილია მოთხოვნის ფორმით „{ $id }“ (ვერსია { $version }, გამცემი: { $issuer }), რომელიც ამ ბრაუზერში აღარ არის. პროექტი ნაჩვენებია მხოლოდ წასაკითხად: პროექტის შესაცვლელად კვლავ დაამატეთ ეს ფორმა მისი ფაილიდან.

# Why a file was refused as a request form. The first line is always shown, then one reason.
packs-refused = ეს ფაილი მოთხოვნის ფორმად არ დაემატა. არაფერი შენახულა.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
packs-too-large = ფაილი { $limit } კბ-ს აღემატება.
# Variables:
#   $limit (Number) - the deepest nesting accepted
packs-too-deep = ფაილის ჩადგმულობა { $limit } დონეს აღემატება.
packs-not-pack = ეს ფაილი არ არის Tandem-ის მოთხოვნის ფორმის ფაილი.
packs-unknown-format = ფაილში მითითებული არ არის მოთხოვნის ფორმის ცნობილი ფორმატი.
# Variables:
#   $format (Number) - the format version the file states
packs-newer-format = ფაილი Tandem-ის უფრო ახალი ვერსიისთვის არის შექმნილი (ფორმატი { $format }).
# Variables:
#   $field (String) - the field's name in the file, e.g. issuer
packs-bad-field = ფაილის ველი { $field } არ არის მითითებული, ცარიელია, ზედმეტად გრძელია ან არასწორი ტიპისაა.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-bad-id = ფორმის იდენტიფიკატორი { $id } უნდა შედგებოდეს 1-დან 40-მდე ლათინური პატარა ასოსგან, ციფრისა და დეფისისგან და იწყებოდეს ასოთი.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-reserved-id = ფორმის იდენტიფიკატორი { $id } დაკავებულია Tandem-ის საკუთარი მოთხოვნის სახეებით ან ტექსტებით.
# Variables:
#   $id (String) - the identifier the file gives the form
#   $template (String) - the identifier of the template in the file
packs-template-id = ფორმის იდენტიფიკატორი { $id } და მისი შაბლონის იდენტიფიკატორი { $template } ერთმანეთს არ ემთხვევა.
# Variables:
#   $path (String) - where in the template the mistake is, e.g. section.item
packs-bad-template = ფორმის შაბლონი არასწორია შემდეგ ადგილას: { $path }.
# Variables:
#   $kind (String) - the item kind named in the file
packs-unknown-kind = ფორმის შაბლონი იყენებს ელემენტის სახეს, რომელიც Tandem-ისთვის უცნობია: { $kind }.
# Variables:
#   $lang (String) - the language code named in the file
packs-bad-lang = ენა { $lang } არ არის Tandem-ის მიერ მხარდაჭერილი ენა ან ორჯერ არის მითითებული.
packs-few-langs = ფორმა შედგენილი უნდა იყოს სულ მცირე ორ ენაზე.
# Variables:
#   $lang (String) - the language code, e.g. ka
packs-messages-missing = ფორმას არ აქვს ტექსტები ენაზე { $lang }, ან აქვს ტექსტები ენაზე, რომელსაც ის არ აცხადებს.
# Variables:
#   $lang (String) - the language code, e.g. ka
#   $line (Number) - the line of the texts where the mistake is
packs-syntax = ენაზე { $lang } ტექსტების წაკითხვა შეუძლებელია (სტრიქონი { $line }).
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-missing-message = ენაზე { $lang } აკლია ტექსტი { $id }.
# Variables:
#   $id (String) - the text's identifier
#   $prefix (String) - what every text identifier of this form must start with
packs-outside-namespace = ტექსტის იდენტიფიკატორი { $id } არ იწყება პრეფიქსით { $prefix }: ფორმამ არ შეიძლება შეცვალოს Tandem-ის საკუთარი ტექსტები.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-markup = ტექსტი { $id } ენაზე { $lang } შეიცავს მარკირებას; დასაშვებია მხოლოდ უბრალო ტექსტი.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-function = ტექსტი { $id } ენაზე { $lang } იყენებს ფუნქციას ან ტერმინს; დასაშვებია მხოლოდ უბრალო ტექსტი, ცვლადები და არჩევანი.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
#   $limit (Number) - the longest text accepted, in characters
packs-text-too-long = ტექსტი { $id } ენაზე { $lang } { $limit } სიმბოლოზე გრძელია.
# Variables:
#   $limit (Number) - the most texts accepted in one language
packs-too-many = ფორმას ერთ ენაზე { $limit } ტექსტზე მეტი აქვს.
