# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type.

signature-heading = Колу
signature-name = Аты-жөнү
    .hint = Бош калтырылса, PDF документинде суроо-талап жөнөтүүчү органдын маалыматтарында көрсөтүлгөн, суроо-талапка жооптуу адам жазылат.
signature-position = Кызмат орду же наамы
    .hint = Бош калтырылса, PDF документинде, бул форма аны сураган учурда, суроо-талап жөнөтүүчү органдын маалыматтарында көрсөтүлгөн кызмат орду жазылат.
signature-place = Жери
signature-date = Күнү
signature-checked-name = Жооптордун котормосун текшерген: аты-жөнү
    .hint = Милдеттүү эмес. Жоопторуңуздун котормосун текшерген адам; PDF документинин корутунду эскертмесинде ал аталат. Tandem бул талааны эч качан толтурбайт.
signature-checked-office = Жооптордун котормосун текшерген: мекеме же бөлүм
# Printed under the line left for the handwritten signature.
signature-line = Колу
# Printed in the empty box left for the official seal or stamp.
signature-seal = Мөөрдүн орду
