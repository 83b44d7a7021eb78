# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type.

signature-heading = Ստորագրություն
signature-name = Անուն, ազգանուն
signature-position = Պաշտոն կամ կոչում
signature-date = Ամսաթիվ
signature-line = Ստորագրություն
