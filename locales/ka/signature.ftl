# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type.

signature-heading = ხელმოწერა
signature-name = სახელი და გვარი
    .hint = თუ ველი ცარიელია, PDF-ში მიეთითება მოთხოვნაზე პასუხისმგებელი პირი მომთხოვნი ორგანოს მონაცემებიდან.
signature-position = თანამდებობა ან წოდება
    .hint = თუ ველი ცარიელია, PDF-ში მიეთითება თანამდებობა მომთხოვნი ორგანოს მონაცემებიდან, თუ ეს ფორმა მას ითხოვს.
signature-place = ადგილი
signature-date = თარიღი
signature-checked-name = პასუხების თარგმანი შეამოწმა: სახელი და გვარი
    .hint = არასავალდებულოა. პირი, რომელმაც შეამოწმა თქვენი პასუხების თარგმანი; მას ასახელებს PDF-ის დასკვნითი შენიშვნა. Tandem ამ ველს არასოდეს ავსებს.
signature-checked-office = პასუხების თარგმანი შეამოწმა: დაწესებულება
signature-line = ხელმოწერა
signature-seal = ბეჭდის ადგილი
